package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.workflow.calendar.CalendarRangeException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.Severity;

/**
 * The SLA clocks of one matter as a fold over its history: the per-matter part of the
 * {@link SlaScheduler}, for a host (the {@code GridOffice}) that commits a transition, its clock
 * changes and its timers as one change.
 *
 * <pre>{@code
 * MatterSla sla = MatterSla.replay(history, policy, calendar);   // or of(id, category, severity)
 * sla.fold(transition, policy, calendar);                          // after each committed transition
 * List<SlaEvent> due = sla.fireDue(now, policy, calendar);          // steps due now, each once, in order
 * sla.timers();                                                     // the next step of each open clock
 * }</pre>
 *
 * <p><b>The history is the record of what fired.</b> A transition that carries a
 * {@link SystemStep} (a system entry) marks its step fired and changes no clock, so a replay of a
 * history with its system entries fires nothing again. An escalation recorded by a ladder step is
 * such an entry: it does not re-select the cycle's target, the ladder that caused it runs on.
 *
 * <p><b>Clocks that cannot be computed</b> (a {@link CalendarRangeException}: the calendar does
 * not reach the deadline) are not an exception here: the fold records a {@link #problem()} and the
 * clock waits; {@link #replay} on a calendar that covers the years clears it.
 *
 * <p>Mutable and not thread-safe: its owner serialises the calls for one matter (a lock per
 * matter). Deterministic: equal histories, policies and calendars give equal clocks.
 */
public final class MatterSla {
    private final MatterClocks clocks;
    /** The keys of the steps fired, {@code null} until one fires (most matters never reach a step). */
    private Set<String> fired;

    private String problem;
    /** The last {@link #timers()} answer, until a clock's next step changes (most transitions change none). */
    private List<Timer> timers;

    private MatterSla(MatterId id, String category, Severity severity, String channel) {
        this.clocks = new MatterClocks(id, MatterFacts.reported(category, severity, channel));
    }

    /** The clocks of a new matter with this category and severity, before its first transition. */
    public static MatterSla of(MatterId id, String category, Severity severity) {
        return of(id, category, severity, null);
    }

    /**
     * The clocks of a new matter with this category and severity that came in by {@code channel}
     * (its name, such as {@code HOTLINE_12345}; {@code null} if unknown), before its first transition.
     */
    public static MatterSla of(MatterId id, String category, Severity severity, String channel) {
        return new MatterSla(
                requireNonNull(id, "id"),
                requireNonNull(category, "category"),
                requireNonNull(severity, "severity"),
                channel);
    }

    /** The clocks a whole history gives, system entries included (their steps count as fired). */
    public static MatterSla replay(MatterHistory history, SlaPolicy policy, WorkingCalendar calendar) {
        MatterSla sla = of(
                history.matterId(),
                history.category().code(),
                history.report().severity(),
                history.report().channel().name());
        for (Transition t : history.transitions()) {
            sla.fold(t, policy, calendar);
        }
        return sla;
    }

    /** The version of the last transition folded, 0 before the first. */
    public long version() {
        return clocks.version;
    }

    /**
     * Folds one transition. A transition not above {@link #version()} is ignored; a system entry
     * marks its step fired; any other runs through the policy's clock rules.
     */
    public void fold(Transition t, SlaPolicy policy, WorkingCalendar calendar) {
        requireNonNull(t, "transition");
        if (t.version() <= clocks.version) {
            return;
        }
        if (t.step() != null) {
            clocks.version = t.version();
            markFired(t.step().key());
            record(t);
            rescheduleAll(policy, calendar);
            return;
        }
        try {
            reschedule(clocks.apply(t, policy, calendar), policy, calendar);
        } catch (CalendarRangeException e) {
            clocks.version = t.version();
            fail(e);
            rescheduleAll(policy, calendar);
        }
    }

    /**
     * Refuses a suspension ({@link Action#SUSPEND}) or a granted extension that would pass the cap
     * of an open cycle ({@link Target#cap()}): a suspension when no time is left before the cap (the
     * cycle is due at the cap already, or the cap has passed), an extension when the due instant it
     * gives would lie after the cap. A cycle whose cap a district approval lifted
     * ({@link Action#APPROVE_PAST_CAP}) is not checked. Changes nothing.
     *
     * @param action the action about to be applied
     * @param now the instant it would apply at
     * @param policy the policy the clocks run under
     * @param calendar the calendar
     * @throws CapExceededException naming the metric, the SLA rule and the cap it would pass
     */
    public void checkCap(Action action, Instant now, SlaPolicy policy, WorkingCalendar calendar) {
        requireNonNull(action, "action");
        for (MetricClock c : clocks.clocks) {
            if (c == null || !c.open()) {
                continue;
            }
            Cycle cycle = c.current;
            ClockRule rule = policy.clockRule(c.metric);
            boolean suspends =
                    rule != null && action == Action.SUSPEND && rule.pauseOn().contains(action);
            boolean extendsIt = rule != null && rule.extendOn().contains(action);
            if (!suspends && !extendsIt) {
                continue; // only a suspension or an extension can pass a cap: most commands are neither
            }
            Instant capAt = cycle.capAt(calendar);
            if (capAt == null) {
                continue;
            }
            if (suspends
                    && cycle.status() == ClockStatus.RUNNING
                    && (!now.isBefore(capAt) || (cycle.due != null && !cycle.due.isBefore(capAt)))) {
                throw new CapExceededException(
                        clocks.id,
                        action,
                        c.metric,
                        cycle.rule,
                        cycle.cap.toString(),
                        capAt,
                        "no time is left before the cap for a suspension");
            }
            if (extendsIt) {
                Instant extended = cycle.dueWithOneMoreExtension(calendar);
                if (extended != null && extended.isAfter(capAt)) {
                    throw new CapExceededException(
                            clocks.id,
                            action,
                            c.metric,
                            cycle.rule,
                            cycle.cap.toString(),
                            capAt,
                            "the extension would make it due " + extended);
                }
            }
        }
    }

    /** Keeps a replayed system entry in its cycle's timeline as it fired (no-op if it is there). */
    private void record(Transition t) {
        SystemStep step = t.step();
        MetricClock c;
        try {
            c = clocks.clock(Metric.valueOf(step.metric()));
        } catch (IllegalArgumentException e) {
            return; // a metric this version does not know: the key alone keeps it fired
        }
        Cycle cycle = c == null ? null : c.cycle(step.cycle());
        if (cycle != null) {
            ClockEntry.Kind kind = t.action() == Action.WARN
                    ? ClockEntry.Kind.WARNING
                    : t.action() == Action.BREACH ? ClockEntry.Kind.BREACH : ClockEntry.Kind.LADDER;
            cycle.recordFired(step.stepId(), kind, step.dueAt(), step.role());
        }
    }

    private void rescheduleAll(SlaPolicy policy, WorkingCalendar calendar) {
        for (MetricClock c : clocks.clocks) {
            if (c != null) {
                try {
                    schedule(c, policy, calendar);
                } catch (CalendarRangeException e) {
                    c.scheduled = null;
                    timers = null;
                    fail(e);
                }
            }
        }
    }

    /** The earliest due instant of the running clocks, if any runs. */
    public Optional<Instant> due() {
        Instant min = null;
        for (MetricClock c : clocks.clocks) {
            if (c != null && c.open() && c.current.status() == ClockStatus.RUNNING && c.current.due != null) {
                min = min == null || c.current.due.isBefore(min) ? c.current.due : min;
            }
        }
        return Optional.ofNullable(min);
    }

    /**
     * Fires every step due at {@code now}, in due order, each once: marks them fired and moves each
     * clock to its next step. The caller records each as a system entry.
     */
    public List<SlaEvent> fireDue(Instant now, SlaPolicy policy, WorkingCalendar calendar) {
        List<SlaEvent> out = null; // most changes find nothing due: no list to make
        while (true) {
            MetricClock earliest = null;
            for (MetricClock c : clocks.clocks) {
                if (c != null
                        && c.scheduled != null
                        && !c.scheduled.at().isAfter(now)
                        && (earliest == null || Timer.DUE_ORDER.compare(c.scheduled, earliest.scheduled) < 0)) {
                    earliest = c;
                }
            }
            if (earliest == null) {
                return out == null ? List.of() : out;
            }
            Timer timer = earliest.scheduled;
            Cycle cycle = earliest.cycle(timer.cycle());
            SlaEvent event = Steps.event(policy, timer, cycle, now);
            markFired(keyOf(event));
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(event);
            MetricClock.fired(policy, cycle, timer.step(), timer.at());
            earliest.scheduled = null;
            timers = null;
            try {
                schedule(earliest, policy, calendar);
            } catch (CalendarRangeException e) {
                fail(e);
            }
        }
    }

    private void markFired(String key) {
        if (fired == null) {
            fired = new HashSet<>(4);
        }
        fired.add(key);
    }

    /** The step key {@code METRIC/CYCLE/STEP_ID} a system entry records for an event. */
    public static String keyOf(SlaEvent event) {
        return event.metric() + "/" + event.key().cycle() + "/" + event.step();
    }

    /** The next step of each clock that has one, in metric order; an unmodifiable list. */
    public List<Timer> timers() {
        if (timers == null) {
            timers = scheduledTimers();
        }
        return timers;
    }

    private List<Timer> scheduledTimers() {
        Timer first = null;
        List<Timer> more = null;
        for (MetricClock c : clocks.clocks) {
            if (c != null && c.scheduled != null) {
                if (first == null) {
                    first = c.scheduled;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(4);
                        more.add(first);
                    }
                    more.add(c.scheduled);
                }
            }
        }
        // most matters have no timer or one: no list to build and copy again
        return more != null ? List.copyOf(more) : first != null ? List.of(first) : List.of();
    }

    /** Why a clock could not be computed (the year and the calendar's range), if one could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether the step with this key ({@code METRIC/CYCLE/STEP_ID}) has fired. */
    public boolean hasFired(String key) {
        return fired != null && fired.contains(key);
    }

    /** Snapshots of the clocks as of {@code now}, in metric order; clocks that cannot be computed are left out. */
    public List<SlaClock> clocks(SlaPolicy policy, WorkingCalendar calendar, Instant now) {
        List<SlaClock> out = new ArrayList<>(2);
        for (MetricClock c : clocks.clocks) {
            if (c != null && c.current != null) {
                try {
                    out.add(SlaClock.of(clocks.id, c, policy, calendar, now));
                } catch (CalendarRangeException e) {
                    fail(e);
                }
            }
        }
        return out;
    }

    /** Recomputes open deadlines on a corrected calendar, recording old and new due instants. */
    public void recompute(SlaPolicy policy, WorkingCalendar corrected, Instant at, String reason) {
        int changed = 0;
        try {
            for (MetricClock c : clocks.clocks) {
                if (c != null && c.recompute(corrected, at, "calendar: " + reason)) {
                    changed |= 1 << c.metric.ordinal();
                }
            }
            reschedule(changed, policy, corrected);
        } catch (CalendarRangeException e) {
            fail(e);
        }
    }

    /** Selects open clocks' targets again under a new policy version, recording the changes. */
    public void retarget(SlaPolicy next, WorkingCalendar calendar, Instant at, String reason) {
        int changed = 0;
        try {
            for (MetricClock c : clocks.clocks) {
                if (c != null
                        && c.retarget(
                                next,
                                clocks.facts,
                                calendar,
                                at,
                                () -> "policy " + next.id() + " v" + next.version() + ": " + reason)) {
                    changed |= 1 << c.metric.ordinal();
                }
            }
            reschedule(changed, next, calendar);
        } catch (CalendarRangeException e) {
            fail(e);
        }
    }

    private void fail(CalendarRangeException e) {
        problem = e.getMessage();
    }

    private void reschedule(int changed, SlaPolicy policy, WorkingCalendar calendar) {
        for (MetricClock c : clocks.clocks) {
            if (c != null && (changed & (1 << c.metric.ordinal())) != 0) {
                schedule(c, policy, calendar);
            }
        }
    }

    private void schedule(MetricClock c, SlaPolicy policy, WorkingCalendar calendar) {
        Timer before = c.scheduled;
        List<Timer> kept = timers;
        timers = null;
        c.scheduled = c.next(
                clocks.id,
                policy,
                calendar,
                fired == null // most matters never reach a step: no key to build
                        ? null
                        : k -> fired.contains(k.metric() + "/" + k.cycle() + "/" + name(policy, c, k)));
        if (kept != null && Objects.equals(before, c.scheduled)) {
            timers = kept; // the same next step (a stopped clock that had none left): the same list, not indexed again
        }
    }

    private static String name(SlaPolicy policy, MetricClock c, TimerKey k) {
        Cycle cycle = c.cycle(k.cycle());
        return Steps.name(policy, cycle, k.step() - cycle.stepBase);
    }
}
