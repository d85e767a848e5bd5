package org.gridgov.core.sizing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.area.Area;
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
 * <p>Micro-grids are not sized. Immutable and thread-safe.
 */
public final class SizingCheck {
    private final SizingRules rules;

    private SizingCheck(SizingRules rules) {
        this.rules = requireNonNull(rules, "rules");
    }

    /** A check with these bands. */
    public static SizingCheck of(SizingRules rules) {
        return new SizingCheck(rules);
    }

    /** A check with the seeds' bands ({@link SizingRules#defaults()}). */
    public static SizingCheck defaults() {
        return new SizingCheck(SizingRules.defaults());
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
