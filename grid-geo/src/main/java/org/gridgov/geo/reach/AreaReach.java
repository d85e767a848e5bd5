package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

/**
 * The homes of one area (a grid, or "" for homes in none) and how many are within the walk; {@code
 * share} is within / homes. Immutable.
 */
public record AreaReach(String area, int homes, int within) {

    public AreaReach {
        requireNonNull(area, "area");
    }

    /** The share of this area's homes within the walk, 0..1. */
    public double share() {
        return homes == 0 ? 0 : (double) within / homes;
    }
}
