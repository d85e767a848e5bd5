package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.workflow.matter.MatterId;

/**
 * A matter whose SLA clock could not be computed, committed in this explicit error state rather
 * than lost in a log: typically a deadline beyond the calendar's last year ("year 2027 is outside
 * the calendar's range 2018-2026"). Listed by {@link GridOffice#clockProblems()} and counted by
 * {@link GridOffice#health()}; cleared when {@link GridOffice#changeCalendar} brings a calendar
 * that covers the deadline. The reason names years and ranges, never personal data. Immutable.
 *
 * @param matter the matter
 * @param reason why the clock could not be computed
 * @param since when the problem was recorded
 */
public record ClockProblem(MatterId matter, String reason, Instant since) {

    /** Checks the parts. */
    public ClockProblem {
        requireNonNull(matter, "matter");
        requireNonNull(reason, "reason");
        requireNonNull(since, "since");
    }
}
