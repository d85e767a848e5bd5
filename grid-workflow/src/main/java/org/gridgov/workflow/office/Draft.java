package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final Few<Transition> appended = new Few<>();
    private final Few<OfficeEvent> outbox = new Few<>();

    /**
     * Elements in order, for the lists of a change: most changes append one transition and queue one
     * event, so the list is made only for a second element.
     */
    private static final class Few<T> {
        private T first;
        private List<T> all;

        void add(T e) {
            if (first == null) {
                first = e;
                return;
            }
            if (all == null) {
                all = new ArrayList<>(4);
                all.add(first);
            }
            all.add(e);
        }

        /** An unmodifiable list; {@code List.of} keeps one element without an array. */
        List<T> frozen() {
            return all != null ? List.copyOf(all) : first != null ? List.of(first) : List.of();
        }
    }

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
        Optional<String> reason = sla.problem();
        ClockProblem problem = reason.isPresent() ? new ClockProblem(matter.id(), reason.get(), now) : null;
        return new MatterChange(
                matter,
                expectedVersion,
                appended.frozen(),
                sla.timers(),
                problem,
                sla.due().orElse(null),
                outbox.frozen());
    }
}
