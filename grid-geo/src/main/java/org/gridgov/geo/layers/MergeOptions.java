package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.Units;

/**
 * How a crosswalk measures and what it tolerates. {@code units}: lon/lat degrees (areas on the
 * WGS84 ellipsoid, the default, as RFC 7946 GeoJSON is) or projected metres (planar areas). {@code
 * tolerance}: the share of a feature's area that may lie across a base border or outside the base,
 * and of a base grid's area that may go uncovered, before it is a finding; default 0.01 (1%).
 * Immutable.
 *
 * @param units how coordinates are measured
 * @param tolerance a share, 0 (inclusive) to 1 (exclusive)
 */
public record MergeOptions(Units units, double tolerance) {

    /** Checks the tolerance; a bad one is an {@link InvalidInputException} naming it. */
    public MergeOptions {
        requireNonNull(units, "units");
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new InvalidInputException("tolerance", "a share of an area is at least 0 and below 1", tolerance);
        }
    }

    /** Lon/lat, 1%. */
    public static MergeOptions defaults() {
        return new MergeOptions(Units.LON_LAT, 0.01);
    }

    /** These options with other units. */
    public MergeOptions withUnits(Units value) {
        return new MergeOptions(value, tolerance);
    }

    /** These options with another tolerance. */
    public MergeOptions withTolerance(double value) {
        return new MergeOptions(units, value);
    }
}
