package org.gridgov.core.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gridgov.core.InvalidInputException;

/**
 * The code of an area: a national statistical division code, extended by 3 digits for a grid
 * and 3 more for a micro-grid. The level follows from the length (6 digits ending in
 * {@code 00}: city; other 6: district; 9: street; 12: community; 15: grid; 18: micro-grid), and
 * so does the parent: a code's parent is its prefix one level up (a district's city is its
 * first four digits + {@code 00}).
 *
 * <p>Immutable; equal when the digits are equal; orders by digits.
 */
public final class AreaCode implements Comparable<AreaCode> {
    private final String digits;
    private final AreaLevel level;

    private AreaCode(String digits, AreaLevel level) {
        this.digits = digits;
        this.level = level;
    }

    /**
     * Reads a code.
     *
     * @throws InvalidInputException if the text is not 6, 9, 12, 15 or 18 decimal digits, does
     *     not start with a province number (11-82), or has an all-zero serial after its parent's
     *     prefix
     */
    @JsonCreator
    public static AreaCode parse(String text) {
        if (text == null) {
            throw new InvalidInputException("code", "an area code is required", null);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInputException("code", "an area code has only the digits 0-9", text);
            }
        }
        AreaLevel level = levelOf(text);
        if (level == null) {
            throw new InvalidInputException("code", "an area code has 6, 9, 12, 15 or 18 digits", text);
        }
        int own = level == AreaLevel.CITY ? 2 : level == AreaLevel.DISTRICT ? 2 : 3;
        String serial = text.substring(text.length() - own);
        if (level != AreaLevel.CITY && serial.chars().allMatch(c -> c == '0')) {
            throw new InvalidInputException(
                    "code",
                    "the last " + own + " digits of a " + level + " code are its serial and cannot be all zeros",
                    text);
        }
        int province = Integer.parseInt(text.substring(0, 2));
        if (province < 11 || province > 82) {
            throw new InvalidInputException("code", "an area code starts with a province number from 11 to 82", text);
        }
        return new AreaCode(text, level);
    }

    private static AreaLevel levelOf(String text) {
        switch (text.length()) {
            case 6:
                return text.endsWith("00") ? AreaLevel.CITY : AreaLevel.DISTRICT;
            case 9:
                return AreaLevel.STREET;
            case 12:
                return AreaLevel.COMMUNITY;
            case 15:
                return AreaLevel.GRID;
            case 18:
                return AreaLevel.MICRO_GRID;
            default:
                return null;
        }
    }

    /** The code of the area this one belongs to by its digits, or {@code null} for a city. */
    public AreaCode parent() {
        switch (level) {
            case CITY:
                return null;
            case DISTRICT:
                return new AreaCode(digits.substring(0, 4) + "00", AreaLevel.CITY);
            default:
                AreaLevel up = level.parent();
                return new AreaCode(digits.substring(0, up.codeLength()), up);
        }
    }

    /**
     * A child code: this code followed by a 3-digit serial (for a street, community or grid
     * parent).
     *
     * @throws InvalidInputException if the serial is not 1-999 or this level has no such children
     */
    public AreaCode child(int serial) {
        if (level == AreaLevel.CITY || level == AreaLevel.MICRO_GRID) {
            throw new InvalidInputException(
                    "code", "only a district, street, community or grid code takes a 3-digit child serial", digits);
        }
        if (serial < 1 || serial > 999) {
            throw new InvalidInputException("serial", "a child serial is between 1 and 999", serial);
        }
        return parse(digits + String.format("%03d", serial));
    }

    /** Whether {@code other} is this area or lies below it by its digits. */
    public boolean contains(AreaCode other) {
        if (level == AreaLevel.CITY) {
            return other.digits.startsWith(digits.substring(0, 4));
        }
        return other.digits.startsWith(digits);
    }

    /** The level, from the number of digits. */
    public AreaLevel level() {
        return level;
    }

    /** The digits. */
    @JsonValue
    @Override
    public String toString() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaCode && ((AreaCode) o).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public int compareTo(AreaCode o) {
        return digits.compareTo(o.digits);
    }
}
