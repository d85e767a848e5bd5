package org.gridgov.core.sizing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.place.Place;
import org.gridgov.core.plan.GridPlan;

/**
 * Checks every active grid's households and population against {@link SizingRules}. An
 * out-of-band grid is a finding, never an exception.
 *
 * <pre>{@code
 * List<SizingFinding> findings = SizingCheck.defaults().check(plan);   // the seeds' bands
 * List<SizingFinding> ours = SizingCheck.of(myRules).check(plan);
 * }</pre>
 *
 * <p>The bands apply to the figures a grid declares. {@link #sizes} reports both the declared and
 * the counted figures (from the grid's places), and {@link #mismatches} flags a grid whose
 * figures disagree beyond a {@link CountTolerance}:
 *
 * <pre>{@code
 * List<CountMismatch> off = SizingCheck.defaults().mismatches(plan);   // 10%, at least 5
 * }</pre>
 *
 * <p>Micro-grids are not sized on their own. Immutable and thread-safe.
 */
public final class SizingCheck {
    private final SizingRules rules;
    private final CountTolerance tolerance;

    private SizingCheck(SizingRules rules, CountTolerance tolerance) {
        this.rules = requireNonNull(rules, "rules");
        this.tolerance = requireNonNull(tolerance, "tolerance");
    }

    /** A check with these bands and the {@link CountTolerance#DEFAULT} tolerance. */
    public static SizingCheck of(SizingRules rules) {
        return new SizingCheck(rules, CountTolerance.DEFAULT);
    }

    /** A check with the seeds' bands ({@link SizingRules#defaults()}) and the default tolerance. */
    public static SizingCheck defaults() {
        return of(SizingRules.defaults());
    }

    /** This check with another tolerance for {@link #mismatches}. */
    public SizingCheck withTolerance(CountTolerance tolerance) {
        return new SizingCheck(rules, tolerance);
    }

    /**
     * Every active grid's declared and counted size, in code order. A place in a micro-grid (of any
     * depth) counts in the grid above it.
     */
    public List<GridSize> sizes(GridPlan plan) {
        requireNonNull(plan, "plan");
        Map<AreaCode, long[]> counts = new HashMap<>();
        for (Place place : plan.places()) {
            AreaCode grid = place.grid().grid().orElseThrow();
            long[] c = counts.computeIfAbsent(grid, k -> new long[4]);
            c[0]++;
            c[1] += place.households();
            if (place.residents().isPresent()) {
                c[2] += place.residents().get();
                c[3]++;
            }
        }
        List<GridSize> out = new ArrayList<>();
        for (Area grid : plan.grids()) {
            long[] c = counts.getOrDefault(grid.code(), new long[4]);
            out.add(new GridSize(
                    grid.code(), (int) c[0], grid.households(), c[1], grid.population(), c[2], (int) c[3]));
        }
        return out;
    }

    /**
     * The grids whose places count a figure further from the declared one than the tolerance
     * allows, grid by grid in code order, households before population. A figure is compared only
     * when both sides are known ({@link GridSize#comparable}).
     */
    public List<CountMismatch> mismatches(GridPlan plan) {
        List<CountMismatch> out = new ArrayList<>();
        for (GridSize size : sizes(plan)) {
            for (Measure measure : Measure.values()) {
                if (size.comparable(measure) && tolerance.exceeded(size.declared(measure), size.counted(measure))) {
                    out.add(new CountMismatch(
                            size.grid(), measure, size.declared(measure), size.counted(measure), tolerance));
                }
            }
        }
        return out;
    }

    /** The findings for {@code plan}, grid by grid in code order, households before population. */
    public List<SizingFinding> check(GridPlan plan) {
        List<SizingFinding> out = new ArrayList<>();
        for (Area grid : plan.grids()) {
            for (Measure measure : Measure.values()) {
                long value = measure == Measure.HOUSEHOLDS ? grid.households() : grid.population();
                SizingBand band = rules.band(grid.kind(), measure);
                if (!band.contains(value)) {
                    out.add(new SizingFinding(grid.code(), grid.kind(), measure, band, value));
                }
            }
        }
        return out;
    }
}
