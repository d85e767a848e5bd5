package org.gridgov.core.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;

/**
 * The code of an area: a national statistical division code, extended by 3 digits for a grid
 * and 3 more for each level of micro-grid. The level follows from the length (6 digits ending in
 * {@code 00}: city; other 6: district; 9: street; 12: community; 15: grid; 18, 21 or 24:
 * micro-grid), and so does the parent: a code's parent is its prefix one level up (a district's
 * city is its first four digits + {@code 00}; a micro-grid's parent is its code less 3 digits).
 *
 * <p>Micro-grids nest up to {@link #MAX_MICRO_GRID_DEPTH} deep: Haimen's 港南社区 runs "书记-片长-楼长-楼道长"
 * (seed 003), a grid of buildings (18 digits) each of stairwells (21 digits); a district with
 * neighbourhoods above its buildings uses the third depth (24 digits).
 *
 * <p>Immutable; equal when the digits are equal; orders by digits.
 */
public final class AreaCode implements Comparable<AreaCode> {
    /** How deep micro-grids nest below a grid: 3, so a code has at most 24 digits. */
    public static final int MAX_MICRO_GRID_DEPTH = 3;

    private static final int GRID_DIGITS = 15;
    private final String digits;
    private final AreaLevel level;

    private AreaCode(String digits, AreaLevel level) {
        this.digits = digits;
        this.level = level;
    }

    /**
     * Reads a code.
     *
     * @throws InvalidInputException if the text is not 6, 9, 12, 15, 18, 21 or 24 decimal digits, does
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
            throw new InvalidInputException(
                    "code",
                    "an area code has 6, 9, 12, 15, 18, 21 or 24 digits (micro-grids nest at most "
                            + MAX_MICRO_GRID_DEPTH + " deep)",
                    text);
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
            case 21:
            case 24:
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
            case MICRO_GRID:
                String above = digits.substring(0, digits.length() - 3);
                return new AreaCode(above, above.length() == GRID_DIGITS ? AreaLevel.GRID : AreaLevel.MICRO_GRID);
            case DISTRICT:
                return new AreaCode(digits.substring(0, 4) + "00", AreaLevel.CITY);
            default:
                AreaLevel up = level.parent();
                return new AreaCode(digits.substring(0, up.codeLength()), up);
        }
    }

    /**
     * A child code: this code followed by a 3-digit serial (for a district, street, community,
     * grid or micro-grid parent; a micro-grid only above {@link #MAX_MICRO_GRID_DEPTH}).
     *
     * @throws InvalidInputException if the serial is not 1-999 or this code has no such children
     */
    public AreaCode child(int serial) {
        if (level == AreaLevel.CITY || microGridDepth() == MAX_MICRO_GRID_DEPTH) {
            throw new InvalidInputException(
                    "code",
                    "only a district, street, community, grid or micro-grid above depth " + MAX_MICRO_GRID_DEPTH
                            + " takes a 3-digit child serial",
                    digits);
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

    /**
     * How deep a micro-grid nests below its grid: 1 for 18 digits (a building), 2 for 21 (a
     * stairwell of that building), up to {@link #MAX_MICRO_GRID_DEPTH}; 0 for any other level.
     */
    public int microGridDepth() {
        return level == AreaLevel.MICRO_GRID ? (digits.length() - GRID_DIGITS) / 3 : 0;
    }

    /** The grid this code is or lies in: itself for a grid, the grid above a micro-grid of any depth. */
    public Optional<AreaCode> grid() {
        if (level == AreaLevel.GRID) {
            return Optional.of(this);
        }
        if (level != AreaLevel.MICRO_GRID) {
            return Optional.empty();
        }
        return Optional.of(new AreaCode(digits.substring(0, GRID_DIGITS), AreaLevel.GRID));
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
