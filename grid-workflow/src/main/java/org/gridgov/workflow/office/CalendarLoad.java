package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.workflow.calendar.WorkingCalendar;

/**
 * One calendar put in force by {@link GridOffice#changeCalendar}, as the office settings record it:
 * the calendar before and after, when and why. A rebuild of the office from its store replays each
 * matter's history on the calendar in force at each transition and recomputes its open deadlines at
 * each load, so the moves a load made ({@code RECOMPUTE} entries in the clocks' timelines) survive a
 * restart; a new office starts from the last calendar loaded. A durable store persists both
 * calendars (every holiday fact with the provisional years, zone and working hours). Immutable.
 *
 * @param at when the calendar was put in force, from the office's clock
 * @param before the calendar in force until then
 * @param after the calendar put in force
 * @param actor who put it in force
 * @param reason why (e.g. "2027 holidays published")
 */
public record CalendarLoad(Instant at, WorkingCalendar before, WorkingCalendar after, String actor, String reason) {

    /** Checks the parts. */
    public CalendarLoad {
        requireNonNull(at, "at");
        requireNonNull(before, "before");
        requireNonNull(after, "after");
        requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
    }
}
