package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.MatterListener;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.Severity;

/**
 * The SLA clocks of all matters and the timers that fire their warnings, breaches and ladder steps.
 *
 * <pre>{@code
 * SlaScheduler sla = SlaScheduler.builder(clock).policy(SlaPolicy.the357()).calendar(WorkingCalendar.china()).build();
 * MatterEngine engine = MatterEngine.builder(clock).listener(sla).build();   // clocks follow every transition
 * List<SlaEvent> fired = sla.fireDue();                                    // call from any timer, late or twice
 * }</pre>
 *
 * <p><b>Clocks</b> are folded purely from each matter's {@link Transition} stream (through the
 * policy's {@link ClockRule}s) and the calendar, so {@link #rebuild(MatterHistory)} after a restart
 * recreates them exactly. Pausing never shortens the time allowed: the allowed time is fixed at the
 * start of a cycle (the working time up to the limit's deadline), only running time counts against
 * it, and at resume the due instant is the remaining time from the resume. A calendar change
 * ({@link #changeCalendar}), a policy change ({@link #changePolicy}) or a routing change
 * (registration, escalation) recomputes open deadlines and records the old due instant in the
 * clock's timeline.
 *
 * <p><b>Timers</b>: each clock has at most one pending timer in the {@link DueTimerQueue}, its next
 * step. {@link #fireDue()} takes every timer due at the injected clock's instant, in due order,
 * re-checks it against the clock, fires it if the queue has not fired its {@link TimerKey} before
 * (matter, metric, cycle, step), and schedules the clock's next step, which fires in the same sweep
 * if it is due too. A late sweep therefore fires every step that fell due, in order, each with its
 * scheduled instant; a second sweep fires nothing; a scheduler rebuilt on a durable queue fires
 * nothing twice. A step of a stopped cycle fires only if it fell due before the stop. Ladder steps
 * count from the breach and are not held back by a pause after it.
 *
 * <p>Thread-safe: every method holds the scheduler's lock; event listeners run after the sweep,
 * outside it, and an exception from a listener reaches the caller of {@link #fireDue()} after every
 * event of the sweep has been recorded as fired (deliver through an outbox if that matters).
 * Transitions must come in version order per matter (the engine guarantees it); repeats are ignored.
 */
public final class SlaScheduler implements MatterListener {
    private final Clock clock;
    private final DueTimerQueue queue;
    private final List<Consumer<SlaEvent>> listeners;
    private final Map<MatterId, MatterClocks> matters = new HashMap<>();
    private SlaPolicy policy;
    private WorkingCalendar calendar;

    private SlaScheduler(Builder b) {
        this.clock = b.clock;
        this.queue = b.queue;
        this.policy = b.policy;
        this.calendar = b.calendar;
        this.listeners = new CopyOnWriteArrayList<>(b.listeners);
    }

    /** A builder; defaults: the "357" policy, the China calendar without working hours, an in-memory queue. */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /** Follows a transition the engine committed. */
    @Override
    public void onTransition(Matter after, Transition transition) {
        observe(after.category().code(), after.report().severity(), transition);
    }

    /**
     * Folds one transition of a matter with this category and severity into its clocks and timers.
     * A transition whose version is not above the last one folded for the matter is ignored, so
     * delivering a transition twice (at-least-once delivery, or {@code MatterHistory.since} overlapping
     * what was heard) changes nothing.
     */
    public synchronized void observe(String category, Severity severity, Transition t) {
        requireNonNull(t, "transition");
        MatterClocks m = matters.computeIfAbsent(
                t.matter(), id -> new MatterClocks(id, MatterFacts.reported(category, severity)));
        if (t.version() <= m.version) {
            return;
        }
        reschedule(m, m.apply(t, policy, calendar));
    }

    /** The version of the last transition folded for a matter, 0 if none: resume with {@code history.since(it)}. */
    public synchronized long versionOf(MatterId id) {
        MatterClocks m = matters.get(requireNonNull(id, "id"));
        return m == null ? 0 : m.version;
    }

    /**
     * Forgets a matter's clocks and folds its whole history again (after a restart, or to repair).
     * Steps the queue has fired are not fired again.
     */
    public synchronized void rebuild(MatterHistory history) {
        matters.remove(history.matterId());
        for (Transition t : history.transitions()) {
            observe(history.category().code(), history.report().severity(), t);
        }
    }

    /** Fires every step due at the injected clock's instant; see the class documentation. */
    public List<SlaEvent> fireDue() {
        List<SlaEvent> fired;
        synchronized (this) {
            Instant now = clock.instant();
            fired = new ArrayList<>();
            Optional<Timer> next;
            while ((next = queue.pollDue(now)).isPresent()) {
                Timer timer = next.get();
                MatterClocks m = matters.get(timer.matter());
                MetricClock c = m == null ? null : m.clock(timer.metric());
                if (c == null || !timer.equals(c.scheduled)) {
                    continue;
                }
                Cycle cycle = c.cycle(timer.cycle());
                if (queue.markFired(timer.key())) {
                    fired.add(Steps.event(policy, timer, cycle, now));
                }
                MetricClock.fired(policy, cycle, timer.step(), timer.at());
                c.scheduled = null;
                schedule(m, c);
            }
        }
        for (SlaEvent e : fired) {
            for (Consumer<SlaEvent> l : listeners) {
                l.accept(e);
            }
        }
        return fired;
    }

    /** Recomputes every open deadline on a corrected calendar, recording old and new due instants. */
    public synchronized void changeCalendar(WorkingCalendar corrected, String reason) {
        requireNonNull(corrected, "calendar");
        this.calendar = corrected;
        Instant now = clock.instant();
        for (MatterClocks m : matters.values()) {
            int changed = 0;
            for (MetricClock c : m.clocks) {
                if (c != null && c.recompute(corrected, now, "calendar: " + reason)) {
                    changed |= 1 << c.metric.ordinal();
                }
            }
            reschedule(m, changed);
        }
    }

    /** Selects every open clock's target again under a new policy version, recording the changes. */
    public synchronized void changePolicy(SlaPolicy next, String reason) {
        requireNonNull(next, "policy");
        this.policy = next;
        Instant now = clock.instant();
        for (MatterClocks m : matters.values()) {
            int changed = 0;
            for (MetricClock c : m.clocks) {
                if (c != null
                        && c.retarget(
                                next,
                                m.facts,
                                calendar,
                                now,
                                () -> "policy " + next.id() + " v" + next.version() + ": " + reason)) {
                    changed |= 1 << c.metric.ordinal();
                }
            }
            reschedule(m, changed);
        }
    }

    /**
     * Snapshots of a matter's clocks as of now, in metric order.
     *
     * @throws UnknownIdException if no transition of the matter has been observed
     */
    public synchronized List<SlaClock> clocks(MatterId id) {
        MatterClocks m = matters.get(requireNonNull(id, "id"));
        if (m == null) {
            throw new UnknownIdException("matter with SLA clocks", id.toString());
        }
        List<SlaClock> out = new ArrayList<>();
        for (MetricClock c : m.clocks) {
            if (c != null && c.current != null) {
                out.add(SlaClock.of(id, c, policy, calendar, clock.instant()));
            }
        }
        return out;
    }

    /** The snapshot of one clock, if the matter has it. */
    public synchronized Optional<SlaClock> clock(MatterId id, Metric metric) {
        return clocks(id).stream().filter(c -> c.metric() == metric).findFirst();
    }

    /** Drops a matter's clocks (e.g. once closed and archived); its pending timers are ignored. */
    public synchronized void forget(MatterId id) {
        matters.remove(id);
    }

    /** The number of matters with clocks. */
    public synchronized int matters() {
        return matters.size();
    }

    /** The policy now in force. */
    public synchronized SlaPolicy policy() {
        return policy;
    }

    /** The calendar now in force. */
    public synchronized WorkingCalendar calendar() {
        return calendar;
    }

    /** Adds a listener for fired events; it runs after each sweep, outside the lock. */
    public void addListener(Consumer<SlaEvent> listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    private void reschedule(MatterClocks m, int changed) {
        for (MetricClock c : m.clocks) {
            if (c != null && (changed & (1 << c.metric.ordinal())) != 0) {
                schedule(m, c);
            }
        }
    }

    private void schedule(MatterClocks m, MetricClock c) {
        Timer next = c.next(m.id, policy, calendar, queue::hasFired);
        if (next != null && !next.equals(c.scheduled)) {
            queue.schedule(next);
        }
        c.scheduled = next;
    }

    /** Builds a {@link SlaScheduler}. Not thread-safe. */
    public static final class Builder {
        private final Clock clock;
        private SlaPolicy policy = SlaPolicy.the357();
        private WorkingCalendar calendar = WorkingCalendar.china();
        private DueTimerQueue queue = new InMemoryDueTimerQueue();
        private final List<Consumer<SlaEvent>> listeners = new ArrayList<>();

        private Builder(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
        }

        /** The SLA policy. */
        public Builder policy(SlaPolicy value) {
            this.policy = requireNonNull(value, "policy");
            return this;
        }

        /** The working calendar. */
        public Builder calendar(WorkingCalendar value) {
            this.calendar = requireNonNull(value, "calendar");
            return this;
        }

        /** The due-timer queue (durable in production). */
        public Builder queue(DueTimerQueue value) {
            this.queue = requireNonNull(value, "queue");
            return this;
        }

        /** A listener for fired events. */
        public Builder listener(Consumer<SlaEvent> value) {
            listeners.add(requireNonNull(value, "listener"));
            return this;
        }

        /** The scheduler. */
        public SlaScheduler build() {
            return new SlaScheduler(this);
        }
    }
}
