package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.internal.Geodesy;

/**
 * How to repair a coverage. Immutable; change a copy with the {@code with...} methods.
 *
 * @param check the options of the checks run before, between and after the repair steps (units,
 *     tolerances, accepted findings)
 * @param snapM vertices and borders closer than this many metres are snapped together (default
 *     0.1 m)
 * @param maxGapWidthM gaps wider than this many metres (mean width: twice the area over the
 *     perimeter) are left as findings for a person - a lake, a real hole (default 10 m); pass
 *     {@link Double#MAX_VALUE} to fill every gap that has a neighbour
 */
public record RepairOptions(CoverageOptions check, double snapM, double maxGapWidthM) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if a distance is negative, NaN or infinite
     */
    public RepairOptions {
        requireNonNull(check, "check");
        requireFinite("snapM", snapM);
        requireFinite("maxGapWidthM", maxGapWidthM);
    }

    /** Projected metres, the check's defaults, 0.1 m snapping, gaps up to 10 m wide filled. */
    public static RepairOptions defaults() {
        return new RepairOptions(CoverageOptions.defaults(), 0.1, 10.0);
    }

    /** A copy whose checks use {@code value}. */
    public RepairOptions withCheck(CoverageOptions value) {
        return new RepairOptions(value, snapM, maxGapWidthM);
    }

    /** A copy whose checks use {@code value} as units. */
    public RepairOptions withUnits(Units value) {
        return new RepairOptions(check.withUnits(value), snapM, maxGapWidthM);
    }

    public RepairOptions withSnapM(double value) {
        return new RepairOptions(check, value, maxGapWidthM);
    }

    public RepairOptions withMaxGapWidthM(double value) {
        return new RepairOptions(check, snapM, value);
    }

    /** The snapping distance in coordinate units, never 0 (a noder needs some tolerance). */
    double snapTolerance() {
        double metres = Math.max(snapM, 1e-6);
        return check.units() == Units.METRES ? metres : metres / Geodesy.METRES_PER_DEGREE;
    }

    private static void requireFinite(String name, double metres) {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new InvalidInputException(name, "must be a finite number of metres >= 0", metres);
        }
    }
}
