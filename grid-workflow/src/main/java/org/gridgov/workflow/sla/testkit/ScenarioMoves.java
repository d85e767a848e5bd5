package org.gridgov.workflow.sla.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.TimeLimit;

/**
 * The moves every policy scenario makes, one piece of code for {@code testkit.PolicyKit} (on the office)
 * and {@link SlaScenario} (on the bare scheduler): reading a time, moving the clock
 * forward by a time limit or to an instant, and the command an actor gives. Stateless.
 */
public final class ScenarioMoves {
    private ScenarioMoves() {}

    /**
     * Reads an ISO 8601 time with an offset ({@code 2026-02-13T16:00+08:00}).
     *
     * @throws InvalidInputException naming {@code what} when the text is not such a time
     */
    public static Instant time(String what, String text) {
        try {
            return OffsetDateTime.parse(requireNonNull(text, what)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(what, "an ISO 8601 time with an offset, e.g. 2026-02-13T16:00+08:00", text);
        }
    }

    /**
     * The instant a limit after now: clock time ({@code 3h}) is added, working time ({@code 4wh},
     * {@code 5wd}) is counted on {@code calendar}.
     */
    public static Instant after(ManualClock clock, String limit, WorkingCalendar calendar) {
        TimeLimit l = TimeLimit.parse(limit);
        Instant now = clock.instant();
        return l instanceof ClockTime c ? now.plus(c.duration()) : calendar.deadline(now, l);
    }

    /**
     * Sets the clock to {@code next}.
     *
     * @throws InvalidInputException if {@code next} is before now: a scenario moves forward only
     */
    public static void moveTo(ManualClock clock, Instant next) {
        if (next.isBefore(clock.instant())) {
            throw new InvalidInputException("time", "a scenario moves forward only, from " + clock.instant(), next);
        }
        clock.set(next);
    }

    /**
     * {@code actor}'s command on the matter as it stands, with a reason naming the kit and the
     * action and, for a dispatch or designation, an assignment to the actor.
     */
    public static Command command(Matter matter, Action action, String actor, String kit) {
        Command c = Command.on(matter, action, actor).because(kit + ": " + action.chineseName());
        return action == Action.DISPATCH || action == Action.DESIGNATE ? c.assigning(Assignment.to(actor)) : c;
    }
}
