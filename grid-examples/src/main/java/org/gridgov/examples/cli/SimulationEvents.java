package org.gridgov.examples.cli;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;

/**
 * The events file of {@code grid sla simulate} (format {@code grid-sla-events/1}): one matter's
 * category and severity, its actions with their times, and the instant to simulate until.
 *
 * @param format always {@code grid-sla-events/1}
 * @param matter the matter
 * @param events the actions in time order, starting with a {@code REPORT}
 * @param until the end of the simulation (default: 30 days after the last event)
 */
record SimulationEvents(String format, Subject matter, List<Event> events, OffsetDateTime until) {
    static final String FORMAT = "grid-sla-events/1";
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;
    private static final Set<Action> ROUTING =
            Set.of(Action.REGISTER, Action.ESCALATE, Action.DEESCALATE, Action.REROUTE);

    SimulationEvents {
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "an events file declares format " + FORMAT, format);
        }
        if (matter == null) {
            throw new InvalidInputException("matter", "an events file describes its matter (category, severity)", null);
        }
        if (events == null
                || events.isEmpty()
                || events.get(0) == null
                || events.get(0).action() != Action.REPORT) {
            throw new InvalidInputException(
                    "events[0].action",
                    "the first event reports the matter",
                    events == null || events.isEmpty() || events.get(0) == null
                            ? null
                            : events.get(0).action());
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e == null) {
                throw new InvalidInputException("events[" + i + "]", "an event is required", null);
            }
            requireOrdinaryYear("events[" + i + "].at", e.at());
            if (i > 0 && e.at().isBefore(events.get(i - 1).at())) {
                throw new InvalidInputException(
                        "events[" + i + "].at",
                        "events are in time order (after "
                                + local(events.get(i - 1).at()) + ")",
                        local(e.at()));
            }
            if (e.whistle() != null && !ROUTING.contains(e.action())) {
                throw new InvalidInputException(
                        "events[" + i + "].whistle", "only " + ROUTING + " route a matter", e.whistle());
            }
        }
        events = List.copyOf(events);
        followLifecycle(events);
        OffsetDateTime last = events.get(events.size() - 1).at();
        until = until == null ? last.plusDays(30) : until;
        requireOrdinaryYear("until", until);
        if (until.isBefore(last)) {
            throw new InvalidInputException(
                    "until", "the simulation ends at or after the last event (" + local(last) + ")", local(until));
        }
    }

    /**
     * Each action must be one the matter lifecycle allows in the state the previous ones left: no
     * START before ACCEPT, nothing after CLOSE but what the lifecycle allows there (REOPEN).
     */
    private static void followLifecycle(List<Event> events) {
        State state = State.REPORTED;
        State suspendedFrom = null;
        for (int i = 1; i < events.size(); i++) {
            Action action = events.get(i).action();
            Optional<State> next = action == Action.RESUME
                    ? Optional.ofNullable(state == State.SUSPENDED ? suspendedFrom : null)
                    : Lifecycle.target(state, action);
            if (next.isEmpty()) {
                throw new InvalidInputException(
                        "events[" + i + "].action",
                        "must be one the lifecycle allows after the events before it, in state " + state + " "
                                + Lifecycle.allowed(state),
                        action);
            }
            suspendedFrom = action == Action.SUSPEND ? state : suspendedFrom;
            state = next.get();
        }
    }

    /** {@code t} in the China calendar's zone, as every time the tool prints (the reader normalises to UTC). */
    private static OffsetDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(WorkingCalendar.china().zone()).toOffsetDateTime();
    }

    /** Times far outside any calendar (year 1,000,000,000, say) are refused before arithmetic overflows. */
    private static void requireOrdinaryYear(String path, OffsetDateTime t) {
        if (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR) {
            throw new InvalidInputException(path, "must be a time in the years " + FIRST_YEAR + " to " + LAST_YEAR, t);
        }
    }

    /**
     * The matter.
     *
     * @param id its id (default {@code M1})
     * @param category the category code
     * @param severity the severity
     */
    record Subject(String id, String category, Severity severity) {
        Subject {
            id = id == null ? "M1" : id;
            if (category == null || category.isBlank()) {
                throw new InvalidInputException("category", "a matter has a category code, e.g. SANITATION", category);
            }
            if (severity == null) {
                throw new InvalidInputException(
                        "severity", "a matter has a severity (LOW, MEDIUM, HIGH, CRITICAL)", null);
            }
        }
    }

    /**
     * One action.
     *
     * @param at when, ISO 8601 with offset
     * @param action the lifecycle action
     * @param whistle for routing actions: the whistle it routes to (default ROUTINE for REGISTER)
     * @param mode for routing actions: the mode (default NORMAL)
     * @param reason why, if the action needs one
     */
    record Event(OffsetDateTime at, Action action, Whistle whistle, Mode mode, String reason) {
        Event {
            if (at == null) {
                throw new InvalidInputException("at", "an event has a time, e.g. 2026-02-13T16:00+08:00", null);
            }
            if (action == null) {
                throw new InvalidInputException("action", "an event has an action, e.g. REGISTER", null);
            }
        }

        boolean routes() {
            return ROUTING.contains(action);
        }
    }
}
