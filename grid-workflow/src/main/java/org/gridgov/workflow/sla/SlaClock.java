package org.gridgov.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.time.TimeLimit;

/**
 * A snapshot of one metric's clock for one matter, as of {@code asOf}: its current (latest) cycle
 * and the timeline of all cycles. Durations are working time for working targets ({@code 5wd},
 * {@code 4wh}) and clock time for clock targets ({@code 3h}); {@code remaining} is negative when
 * overdue. Immutable.
 *
 * @param matter the matter
 * @param metric the metric
 * @param cycle the current cycle's number, from 1
 * @param cycles how many cycles the clock has had
 * @param status the current cycle's status
 * @param rule the id of the policy rule that set the target
 * @param target the time allowed
 * @param policy the policy id
 * @param policyVersion the policy version the cycle runs under
 * @param startedAt when the current cycle started
 * @param due when it falls due (for a stopped cycle: as it stood when it stopped); {@code null} while
 *     paused (it depends on the resume)
 * @param allowed the time allowed, measured on the calendar
 * @param elapsed the time counted so far (pauses left out)
 * @param remaining allowed minus elapsed
 * @param pauses the current cycle's pauses
 * @param timeline every entry of every cycle, in time order
 * @param asOf the instant of the snapshot
 */
public record SlaClock(
        MatterId matter,
        Metric metric,
        int cycle,
        int cycles,
        ClockStatus status,
        String rule,
        TimeLimit target,
        String policy,
        int policyVersion,
        Instant startedAt,
        Instant due,
        Duration allowed,
        Duration elapsed,
        Duration remaining,
        List<Pause> pauses,
        List<ClockEntry> timeline,
        Instant asOf) {

    /** Copies the lists. */
    public SlaClock {
        pauses = List.copyOf(pauses);
        timeline = List.copyOf(timeline);
    }

    /** The due instant, if known. */
    public Optional<Instant> dueIfKnown() {
        return Optional.ofNullable(due);
    }

    /** Whether the current cycle is past its deadline (remaining below zero), open or not. */
    public boolean overdue() {
        return remaining.isNegative();
    }

    /** The timeline entries of one kind. */
    public List<ClockEntry> entries(ClockEntry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).toList();
    }

    static SlaClock of(MatterId id, MetricClock clock, SlaPolicy policy, WorkingCalendar cal, Instant now) {
        Cycle c = clock.current;
        List<ClockEntry> timeline = new ArrayList<>();
        for (Cycle cycle : clock.cycles()) {
            timeline.addAll(timeline(cycle, policy, cal));
        }
        timeline.sort(Comparator.comparing(ClockEntry::at));
        Duration allowed = c.allowed(cal);
        Duration elapsed = c.elapsed(cal, now);
        return new SlaClock(
                id,
                clock.metric,
                c.number,
                clock.cycles().size(),
                c.status(),
                c.rule,
                c.target,
                policy.id(),
                c.policyVersion,
                c.start,
                c.status() == ClockStatus.PAUSED ? null : c.due,
                allowed,
                elapsed,
                allowed.minus(elapsed),
                c.pauses,
                timeline,
                now);
    }

    private static List<ClockEntry> timeline(Cycle c, SlaPolicy policy, WorkingCalendar cal) {
        List<ClockEntry> out = new ArrayList<>();
        out.add(new ClockEntry(
                c.start,
                ClockEntry.Kind.START,
                c.number,
                c.startDue,
                null,
                "rule " + c.startRule + " " + c.startTarget));
        for (Pause p : c.pauses) {
            out.add(new ClockEntry(p.from(), ClockEntry.Kind.PAUSE, c.number, null, null, p.cause()));
        }
        if (c.changes != null) {
            out.addAll(c.changes);
        }
        // A retarget (escalation, new policy) may leave fewer steps than fired, or steps whose
        // instant waits for a resume: the timeline shows the fired steps the target still has.
        int fired = Math.min(c.nextStep, Steps.count(policy, c));
        for (int i = 0; i < fired; i++) {
            Instant at = Steps.instant(policy, cal, c, i);
            if (at == null) {
                continue;
            }
            out.add(new ClockEntry(
                    at,
                    Steps.kind(policy, i),
                    c.number,
                    null,
                    null,
                    Steps.name(policy, c, i) + " -> " + Steps.role(policy, c, i)));
        }
        if (c.stoppedAt != null) {
            out.add(new ClockEntry(c.stoppedAt, ClockEntry.Kind.STOP, c.number, c.due, null, c.stopCause));
        }
        return out;
    }
}
