package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.gridgov.core.area.AreaCode;

/**
 * A finding: a due visit not done by its period's end, and what the rule asks for. Names the rule,
 * the grid, the visitor and the subject's reference (never the subject's category beyond the
 * rule's id, nor a location). Immutable.
 *
 * @param rule the rule's id
 * @param grid the subject's grid
 * @param visitor who was to visit
 * @param subject the subject's reference
 * @param periodStart the first day of the period
 * @param periodEnd the last day of the period
 * @param action what the miss asks for
 */
public record MissedVisit(
        String rule,
        AreaCode grid,
        String visitor,
        String subject,
        LocalDate periodStart,
        LocalDate periodEnd,
        VisitRule.MissAction action) {

    /** Checks the parts. */
    public MissedVisit {
        requireNonNull(rule, "rule");
        requireNonNull(grid, "grid");
        requireNonNull(visitor, "visitor");
        requireNonNull(subject, "subject");
        requireNonNull(periodStart, "periodStart");
        requireNonNull(periodEnd, "periodEnd");
        requireNonNull(action, "action");
    }
}
