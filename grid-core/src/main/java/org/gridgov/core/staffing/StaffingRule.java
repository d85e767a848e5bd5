package org.gridgov.core.staffing;

import java.util.List;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Roster;

/**
 * One staffing rule. A district adds its own by implementing this and passing it to
 * {@link StaffingCheck#with}. A rule returns findings and does not throw for what it checks.
 */
@FunctionalInterface
public interface StaffingRule {
    /** The findings of this rule for a plan and its roster; empty when the rule holds. */
    List<StaffingFinding> check(GridPlan plan, Roster roster);
}
