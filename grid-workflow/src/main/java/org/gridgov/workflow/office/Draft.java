package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.SlaEvent;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * A change to one matter being built under its lock: the matter as it will be, the transitions to
 * append and the outbox events. Becomes a {@link MatterChange}. Not thread-safe.
 */
final class Draft {
    private Matter matter;
    private final List<Transition> appended = new ArrayList<>(2);
    private final List<OfficeEvent> outbox = new ArrayList<>(2);

    Draft(Matter matter) {
        this.matter = matter;
    }

    static Draft created(Matter matter, Transition reported) {
        Draft d = new Draft(matter);
        d.appended.add(reported);
        d.outbox.add(OfficeEvent.of(reported));
        return d;
    }

    Matter matter() {
        return matter;
    }

    /** Applies a transition through the lifecycle and folds it into the clocks. */
    void apply(Transition t, MatterSla sla, SlaPolicy policy, WorkingCalendar cal) {
        matter = Lifecycle.apply(matter, t);
        sla.fold(t, policy, cal);
        appended.add(t);
        outbox.add(OfficeEvent.of(t));
    }

    /** Records every step due at {@code now} as a system entry that acts, and notifies its role. */
    void fireDue(
            MatterSla sla, Instant now, SlaPolicy policy, WorkingCalendar cal, RoleDirectory directory, Mode mode) {
        for (SlaEvent e : sla.fireDue(now, policy, cal)) {
            Transition t = SystemEntries.entry(matter, e, now, directory, mode);
            apply(t, sla, policy, cal);
            String role = t.action() == Action.ESCALATE || e.ladderStep() == null
                    ? e.role()
                    : e.ladderStep().role();
            outbox.add(OfficeEvent.notification(t, role, SystemEntries.recipients(matter, role, directory)));
        }
    }

    /** Adds a notification of {@code recipients} for the applied entry {@code t}. */
    void notify(Transition t, String role, List<String> recipients) {
        outbox.add(OfficeEvent.notification(t, role, recipients));
    }

    MatterChange change(long expectedVersion, MatterSla sla, Instant now) {
        ClockProblem problem = sla.problem()
                .map(reason -> new ClockProblem(matter.id(), reason, now))
                .orElse(null);
        return new MatterChange(
                matter,
                expectedVersion,
                frozen(appended),
                sla.timers(),
                problem,
                sla.due().orElse(null),
                frozen(outbox));
    }

    /** An unmodifiable copy; a change's lists hold one element mostly, which {@code List.of} keeps without an array. */
    private static <T> List<T> frozen(List<T> list) {
        return list.size() == 1 ? List.of(list.get(0)) : List.copyOf(list);
    }
}
