package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.internal.Geodesy;

/**
 * How to check a coverage. Immutable; change a copy with the {@code with...} methods.
 *
 * @param units whether coordinates are projected metres or lon/lat degrees
 * @param snapToleranceM distance in metres under which a vertex off its neighbour's
 *     border, or a sliver, counts as an {@link CoverageFinding.Kind#EDGE_MISMATCH}
 *     rather than a gap or overlap (default 0.01 m)
 * @param minGapWidthM width in metres (twice the area over the perimeter) under which a
 *     gap or overlap is marked {@code belowTolerance} (default 1 m); it is still reported
 * @param accepted defects a person has accepted, left out of the findings
 */
public record CoverageOptions(Units units, double snapToleranceM, double minGapWidthM, List<AcceptedFinding> accepted) {

    /**
     * Checks the parts.
     *
     * @throws org.gridgov.core.InvalidInputException if a tolerance is negative, NaN or infinite
     */
    public CoverageOptions {
        requireNonNull(units, "units");
        requireFiniteNonNegative("snapToleranceM", snapToleranceM);
        requireFiniteNonNegative("minGapWidthM", minGapWidthM);
        accepted = List.copyOf(accepted);
    }

    /** Projected metres, 1 cm snap tolerance, 1 m minimum gap width, nothing accepted. */
    public static CoverageOptions defaults() {
        return new CoverageOptions(Units.METRES, 0.01, 1.0, List.of());
    }

    public CoverageOptions withUnits(Units value) {
        return new CoverageOptions(value, snapToleranceM, minGapWidthM, accepted);
    }

    public CoverageOptions withSnapToleranceM(double value) {
        return new CoverageOptions(units, value, minGapWidthM, accepted);
    }

    public CoverageOptions withMinGapWidthM(double value) {
        return new CoverageOptions(units, snapToleranceM, value, accepted);
    }

    /** A copy that also leaves out what {@code finding} accepts. */
    public CoverageOptions withAccepted(AcceptedFinding finding) {
        List<AcceptedFinding> all = new ArrayList<>(accepted);
        all.add(requireNonNull(finding, "finding"));
        return new CoverageOptions(units, snapToleranceM, minGapWidthM, all);
    }

    private static void requireFiniteNonNegative(String name, double metres) {
        if (!(metres >= 0) || Double.isInfinite(metres)) {
            throw new InvalidInputException(name, "must be a finite number of metres >= 0", metres);
        }
    }

    /** The snap tolerance in coordinate units. */
    double snapTolerance() {
        return units == Units.METRES ? snapToleranceM : snapToleranceM / Geodesy.METRES_PER_DEGREE;
    }
}
