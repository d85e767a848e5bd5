package org.gridgov.core.sizing;

import org.gridgov.core.InvalidInputException;

/**
 * How far a grid's counted figure may lie from its declared one before {@link SizingCheck} flags a
 * {@link CountMismatch}: more than {@code percent} per cent of the declared figure and more than
 * {@code minimum} in absolute terms. The seeds give no figure; {@link #DEFAULT} (10 per cent, at
 * least 5) is ours: configure it.
 *
 * @param percent per cent of the declared figure, 0-100
 * @param minimum the smallest difference ever flagged is {@code minimum + 1}, 0 or more
 */
public record CountTolerance(int percent, int minimum) {
    /** 10 per cent of the declared figure, and never 5 or fewer. */
    public static final CountTolerance DEFAULT = new CountTolerance(10, 5);

    /**
     * Checks the ranges.
     *
     * @throws InvalidInputException naming {@code tolerance.percent} or {@code tolerance.minimum}
     */
    public CountTolerance {
        if (percent < 0 || percent > 100) {
            throw new InvalidInputException("tolerance.percent", "a tolerance is 0-100 per cent", percent);
        }
        if (minimum < 0) {
            throw new InvalidInputException("tolerance.minimum", "a tolerance's minimum is 0 or more", minimum);
        }
    }

    /** The largest difference allowed for a declared figure: {@code max(minimum, declared * percent / 100)}. */
    public long allowed(long declared) {
        return Math.max(minimum, declared * percent / 100);
    }

    /** Whether {@code counted} lies further from {@code declared} than allowed. */
    public boolean exceeded(long declared, long counted) {
        return Math.abs(declared - counted) > allowed(declared);
    }
}
