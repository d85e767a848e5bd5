package org.gridgov.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.TimeLimit;

/**
 * A snapshot of one metric's clock for one matter, as of {@code asOf}: its current (latest) cycle
 * and the timeline of all cycles. Durations are working time for working targets ({@code 5wd},
 * {@code 4wh}) and clock time for clock targets ({@code 3h}); {@code remaining} is negative when
 * overdue.
 *
 * <p><b>Provisional deadlines.</b> {@code provisionalYears} are the years of provisional holiday
 * facts (computed from the statutory rules, not yet published) among the days the current cycle's
 * deadline rests on, from its start's local date to the day its time is used up, as
 * {@link WorkingCalendar#deadlineOf} reports them for an unpaused cycle. A provisional deadline may
 * move when the year's official arrangement is loaded. Clock-time targets ({@code 3h}) and paused
 * cycles (no due instant yet) are never provisional. Immutable.
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
 * @param provisionalYears the provisional years the current deadline rests on, ascending (empty if
 *     none); unmodifiable
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
        Instant asOf,
        NavigableSet<Integer> provisionalYears) {

    /** Copies the lists and the years. */
    public SlaClock {
        pauses = List.copyOf(pauses);
        timeline = List.copyOf(timeline);
        provisionalYears = provisionalYears.isEmpty()
                ? Collections.emptyNavigableSet()
                : Collections.unmodifiableNavigableSet(new TreeSet<>(provisionalYears));
    }

    /** True if the current deadline rests on at least one provisional day's facts. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /** The due instant, if known. */
    public Optional<Instant> dueIfKnown() {
        return Optional.ofNullable(due);
    }

    /**
     * Whether the current cycle is past its deadline (remaining below zero) or its breach fired,
     * open or not: a breach that fired stays, even when a later, longer target (an escalation to the
     * joint whistle) moves the due instant past now.
     */
    public boolean overdue() {
        return remaining.isNegative()
                || timeline.stream().anyMatch(e -> e.kind() == ClockEntry.Kind.BREACH && e.cycle() == cycle);
    }

    /** The timeline entries of one kind. */
    public List<ClockEntry> entries(ClockEntry.Kind kind) {
        return timeline.stream().filter(e -> e.kind() == kind).toList();
    }

    static SlaClock of(MatterId id, MetricClock clock, SlaPolicy policy, WorkingCalendar cal, Instant now) {
        Cycle c = clock.current;
        List<ClockEntry> timeline = new ArrayList<>();
        for (Cycle cycle : clock.cycles()) {
            timeline.addAll(timeline(cycle));
        }
        timeline.sort(Comparator.comparing(ClockEntry::at));
        Duration allowed = c.allowed(cal);
        Duration elapsed = c.elapsed(cal, now);
        Instant due = c.status() == ClockStatus.PAUSED ? null : c.due;
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
                due,
                allowed,
                elapsed,
                allowed.minus(elapsed),
                c.pauses,
                timeline,
                now,
                provisionalYears(c, due, cal));
    }

    /**
     * The provisional years from the cycle's start to the last instant its time counts (the due
     * instant less a nanosecond), as {@link WorkingCalendar#deadlineOf} counts them.
     */
    static NavigableSet<Integer> provisionalYears(Cycle c, Instant due, WorkingCalendar cal) {
        NavigableSet<Integer> provisional = cal.schedule().provisionalYears();
        if (due == null || c.target instanceof ClockTime || provisional.isEmpty()) {
            return Collections.emptyNavigableSet();
        }
        Instant lastRead = due.isAfter(c.start) ? due.minusNanos(1) : due;
        int first = c.start.atZone(cal.zone()).getYear();
        int last = lastRead.atZone(cal.zone()).getYear();
        return new TreeSet<>(provisional.subSet(first, true, last, true));
    }

    /**
     * What happened in a cycle: its start, pauses, changes, the steps that fired as they fired
     * (recorded then, never recomputed), and its stop.
     */
    private static List<ClockEntry> timeline(Cycle c) {
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
        if (c.stoppedAt != null) {
            out.add(new ClockEntry(c.stoppedAt, ClockEntry.Kind.STOP, c.number, c.due, null, c.stopCause));
        }
        return out;
    }
}
