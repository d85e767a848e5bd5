package org.gridgov.core.staffing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.RoleCatalogue;
import org.gridgov.core.staff.Roster;

/**
 * Checks a roster against a plan with a list of {@link StaffingRule}s and returns what they find.
 *
 * <pre>{@code
 * List<StaffingFinding> findings = StaffingCheck.defaults().check(plan, roster);
 * StaffingCheck ours = StaffingCheck.defaults().with(myDistrictRule);
 * }</pre>
 *
 * <p>The defaults are the seeds' rules: at least one full-time worker per grid, the 1+2+2+X
 * team, a grid head living in the grid, a full-time worker in one grid only, posts in active
 * grids, roles from the role catalogue at their level, duties from the standard catalogue. Immutable and thread-safe when its rules are.
 */
public final class StaffingCheck {
    private final List<StaffingRule> rules;

    private StaffingCheck(List<StaffingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The seeds' rules. */
    public static StaffingCheck defaults() {
        return new StaffingCheck(StaffingRules.defaults());
    }

    /** The seeds' rules, with the roles of {@code roles} (the defaults and a host's own). */
    public static StaffingCheck defaults(RoleCatalogue roles) {
        return new StaffingCheck(StaffingRules.defaults(requireNonNull(roles, "roles")));
    }

    /** Exactly these rules. */
    public static StaffingCheck of(StaffingRule... rules) {
        return new StaffingCheck(List.of(rules));
    }

    /** These rules and one more. */
    public StaffingCheck with(StaffingRule rule) {
        List<StaffingRule> all = new ArrayList<>(rules);
        all.add(requireNonNull(rule, "rule"));
        return new StaffingCheck(all);
    }

    /** Every finding of every rule, rule by rule. */
    public List<StaffingFinding> check(GridPlan plan, Roster roster) {
        requireNonNull(plan, "plan");
        requireNonNull(roster, "roster");
        List<StaffingFinding> out = new ArrayList<>();
        for (StaffingRule rule : rules) {
            out.addAll(rule.check(plan, roster));
        }
        return out;
    }
}
