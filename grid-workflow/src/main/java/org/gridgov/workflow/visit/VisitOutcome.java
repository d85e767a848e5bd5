package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.gridgov.core.area.AreaCode;

/**
 * Whether one due visit was done in its period: the rule that demanded it, the grid, the visitor
 * responsible, the subject (an opaque reference) and the last day of the period. What
 * {@link VisitCompliance} returns and the indicators count. Immutable.
 *
 * @param rule the obligation's id
 * @param grid the subject's grid
 * @param visitor who had to visit
 * @param subject the subject's reference
 * @param periodEnd the last day of the period the visit was due in
 * @param done whether a visit record fell in the period
 */
public record VisitOutcome(
        String rule, AreaCode grid, String visitor, String subject, LocalDate periodEnd, boolean done) {

    /** Checks the parts. */
    public VisitOutcome {
        requireNonNull(rule, "rule");
        requireNonNull(grid, "grid");
        requireNonNull(visitor, "visitor");
        requireNonNull(subject, "subject");
        requireNonNull(periodEnd, "periodEnd");
    }
}
