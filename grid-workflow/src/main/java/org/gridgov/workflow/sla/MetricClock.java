package org.gridgov.workflow.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;

/**
 * The clock of one metric of one matter: its current cycle and the cycles before it, folded from
 * the matter's transitions by the metric's {@link ClockRule}. Mutable; guarded by the
 * {@link SlaScheduler}'s lock or by the owner of a {@link MatterSla}.
 */
final class MetricClock {
    final Metric metric;
    Cycle current;
    List<Cycle> past;
    Timer scheduled;

    MetricClock(Metric metric) {
        this.metric = metric;
    }

    List<Cycle> cycles() {
        List<Cycle> all = past == null ? new ArrayList<>(1) : new ArrayList<>(past);
        if (current != null) {
            all.add(current);
        }
        return all;
    }

    boolean open() {
        return current != null && current.stoppedAt == null;
    }

    /** Applies one action under the rule; true if the clock changed. */
    boolean apply(ClockRule rule, Action action, Instant at, SlaPolicy policy, MatterFacts facts, WorkingCalendar cal) {
        if (action == Action.APPROVE_PAST_CAP) {
            if (!open() || current.cap == null || current.capLifted) {
                return false;
            }
            Instant old = current.due;
            current.capLifted = true;
            current.addChange(new ClockEntry(
                    at,
                    ClockEntry.Kind.RECOMPUTE,
                    current.number,
                    current.refreshDue(cal),
                    old,
                    action + ": cap " + current.cap + " of rule " + current.rule + " lifted by a district approval"));
            return true;
        }
        if (rule.resetOn().contains(action)) {
            boolean stopped = false;
            if (open()) {
                current.stop(at, "reset by " + action);
                stopped = true;
            }
            return start(at, policy, facts, cal) || stopped;
        }
        if (rule.stopOn().contains(action)) {
            if (!open()) {
                return false;
            }
            current.stop(at, action.name());
            return true;
        }
        if (rule.startOn().contains(action)) {
            return !open() && start(at, policy, facts, cal);
        }
        if (rule.pauseOn().contains(action)) {
            if (!open() || current.status() != ClockStatus.RUNNING) {
                return false;
            }
            current.pause(at, action.name());
            current.refreshDue(cal);
            return true;
        }
        if (rule.resumeOn().contains(action)) {
            if (!open() || current.status() != ClockStatus.PAUSED) {
                return false;
            }
            current.resume(at);
            current.refreshDue(cal);
            current.addChange(
                    new ClockEntry(at, ClockEntry.Kind.RESUME, current.number, current.due, null, action.name()));
            return true;
        }
        if (rule.extendOn().contains(action) && open() && current.extension != null) {
            Instant old = current.due;
            current.extensions++;
            current.addChange(new ClockEntry(
                    at,
                    ClockEntry.Kind.RECOMPUTE,
                    current.number,
                    current.refreshDue(cal),
                    old,
                    action + ": extension " + current.extensions + " of " + current.extension));
            return true;
        }
        return false;
    }

    private boolean start(Instant at, SlaPolicy policy, MatterFacts facts, WorkingCalendar cal) {
        SlaPolicy.Selection selection = policy.select(metric, facts);
        if (selection == null) {
            return false;
        }
        Cycle next = new Cycle(current == null ? 1 : current.number + 1, at, selection);
        next.startDue = next.refreshDue(cal);
        if (current != null) {
            if (past == null) {
                past = new ArrayList<>(2);
            }
            past.add(current);
        }
        current = next;
        return true;
    }

    /**
     * Selects the target again (routing or policy change); records a change; true if it changed. The
     * cause is worded only when a change is recorded (most routings keep the target).
     */
    boolean retarget(SlaPolicy policy, MatterFacts facts, WorkingCalendar cal, Instant at, Supplier<String> cause) {
        if (!open()) {
            return false;
        }
        SlaPolicy.Selection selection = policy.select(metric, facts);
        if (selection == null) {
            current.stop(
                    at, "no target under policy " + policy.id() + " v" + policy.version() + " (" + cause.get() + ")");
            return true;
        }
        if (current.sameAs(selection)) {
            return false;
        }
        Instant old = current.due;
        current.retarget(selection);
        // the new target's steps continue from where the cycle stands: what fired stays fired (by
        // name), the rest fall due under the new target, none before now
        current.targetSince = at;
        current.stepBase += Steps.KEY_STRIDE;
        current.nextStep = 0;
        current.exhausted = false;
        Instant now = current.refreshDue(cal);
        current.addChange(new ClockEntry(
                at,
                ClockEntry.Kind.RECOMPUTE,
                current.number,
                now,
                old,
                cause.get() + ": rule " + selection.rule() + " "
                        + selection.target().limit() + " (policy v" + selection.policyVersion() + ")"));
        return true;
    }

    /** Recomputes the due instant on another calendar; records a change; true if it moved. */
    boolean recompute(WorkingCalendar cal, Instant at, String cause) {
        if (!open() || current.status() == ClockStatus.PAUSED) {
            return false;
        }
        Instant old = current.due;
        Instant now = current.refreshDue(cal);
        if (Objects.equals(old, now)) {
            return false;
        }
        current.addChange(new ClockEntry(at, ClockEntry.Kind.RECOMPUTE, current.number, now, old, cause));
        return true;
    }

    /**
     * The next step to fire, skipping steps the queue has fired already (a rebuilt clock) and steps
     * a stopped cycle never reached; {@code null} if none can be scheduled now. A {@code null}
     * {@code fired} means none has fired.
     */
    Timer next(MatterId id, SlaPolicy policy, WorkingCalendar cal, Predicate<TimerKey> fired) {
        if (past != null) {
            for (Cycle cycle : past) {
                Timer t = nextIn(cycle, id, policy, cal, fired);
                if (t != null) {
                    return t;
                }
            }
        }
        return current == null ? null : nextIn(current, id, policy, cal, fired);
    }

    private Timer nextIn(Cycle cycle, MatterId id, SlaPolicy policy, WorkingCalendar cal, Predicate<TimerKey> fired) {
        if (cycle.exhausted) {
            return null;
        }
        int count = Steps.count(policy, cycle);
        while (cycle.nextStep < count) {
            int i = cycle.nextStep;
            if (cycle.hasFired(Steps.name(policy, cycle, i))) {
                cycle.nextStep++; // fired under this or an earlier target: never twice in a cycle
                continue;
            }
            Instant at = Steps.instant(policy, cal, cycle, i);
            if (at == null) {
                return null;
            }
            if (cycle.stoppedAt != null && !at.isBefore(cycle.stoppedAt)) {
                break;
            }
            if (fired == null || !fired.test(new TimerKey(id, metric, cycle.number, cycle.stepBase + i))) {
                return new Timer(id, metric, cycle.number, cycle.stepBase + i, at);
            }
            // fired before a rebuild (the queue has its key): never again, in the timeline only
            // when a history recorded it (MatterSla), since its instant may have moved since
            cycle.knownFired(Steps.name(policy, cycle, i));
            cycle.nextStep++;
        }
        if (cycle.stoppedAt != null) {
            cycle.exhausted = true;
        }
        return null;
    }

    /** Records that the step a timer keys ({@link Timer#step()}) fired at {@code at} and moves past it. */
    static void fired(SlaPolicy policy, Cycle cycle, int key, Instant at) {
        int i = key - cycle.stepBase;
        cycle.recordFired(Steps.name(policy, cycle, i), Steps.kind(policy, i), at, Steps.role(policy, cycle, i));
        cycle.nextStep = i + 1;
    }

    Cycle cycle(int number) {
        if (current != null && current.number == number) {
            return current;
        }
        if (past != null) {
            for (Cycle c : past) {
                if (c.number == number) {
                    return c;
                }
            }
        }
        return null;
    }
}
