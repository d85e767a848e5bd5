package org.gridgov.core.sizing;

import org.gridgov.core.InvalidInputException;

/**
 * An inclusive range a grid's measure should fall in, such as 200-300 households.
 *
 * @param min the smallest value in band, 0 or more
 * @param max the largest value in band, at least {@code min}
 */
public record SizingBand(int min, int max) {
    public SizingBand {
        if (min < 0 || max < min) {
            throw new InvalidInputException("band", "a band is min-max with 0 <= min <= max", min + "-" + max);
        }
    }

    /** Reads {@code "200-300"}. */
    public static SizingBand parse(String text) {
        if (text == null || !text.matches("\\d{1,9}-\\d{1,9}")) {
            throw new InvalidInputException("band", "a band reads like 200-300", text);
        }
        int dash = text.indexOf('-');
        return new SizingBand(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
    }

    /** Whether {@code value} is in the band. */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }
}
