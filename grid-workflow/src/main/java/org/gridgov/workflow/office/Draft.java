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
    // The transitions to append and the outbox events, each "one element, then a list": most changes
    // append one transition and queue one event, so a list is made only for a second element (the
    // fields sit here, not in a holder object per list, on the path every change takes).
    private Transition firstAppended;
    private List<Transition> appended;
    private OfficeEvent firstEvent;
    private List<OfficeEvent> outbox;

    Draft(Matter matter) {
        this.matter = matter;
    }

    static Draft created(Matter matter, Transition reported) {
        Draft d = new Draft(matter);
        d.append(reported);
        d.queue(OfficeEvent.of(reported));
        return d;
    }

    Matter matter() {
        return matter;
    }

    /** Applies a transition through the lifecycle and folds it into the clocks. */
    void apply(Transition t, MatterSla sla, SlaPolicy policy, WorkingCalendar cal) {
        matter = Lifecycle.apply(matter, t);
        sla.fold(t, policy, cal);
        append(t);
        queue(OfficeEvent.of(t));
    }

    private void append(Transition t) {
        if (firstAppended == null) {
            firstAppended = t;
            return;
        }
        if (appended == null) {
            appended = new ArrayList<>(4);
            appended.add(firstAppended);
        }
        appended.add(t);
    }

    private void queue(OfficeEvent e) {
        if (firstEvent == null) {
            firstEvent = e;
            return;
        }
        if (outbox == null) {
            outbox = new ArrayList<>(4);
            outbox.add(firstEvent);
        }
        outbox.add(e);
    }

    /** An unmodifiable list; {@code List.of} keeps one element without an array. */
    private static <T> List<T> frozen(T first, List<T> all) {
        return all != null ? List.copyOf(all) : first != null ? List.of(first) : List.of();
    }

    /**
     * Records the steps {@code due} (from {@link MatterSla#fireDue}, in order) as system entries that
     * act, and notifies their roles.
     */
    void fired(
            List<SlaEvent> due,
            MatterSla sla,
            Instant now,
            SlaPolicy policy,
            WorkingCalendar cal,
            RoleDirectory directory,
            Mode mode) {
        for (int i = 0; i < due.size(); i++) {
            SlaEvent e = due.get(i);
            Transition t = SystemEntries.entry(matter, e, now, directory, mode);
            apply(t, sla, policy, cal);
            String role = t.action() == Action.ESCALATE || e.ladderStep() == null
                    ? e.role()
                    : e.ladderStep().role();
            queue(OfficeEvent.notification(t, role, SystemEntries.recipients(matter, role, directory)));
        }
    }

    /** Adds a notification of {@code recipients} for the applied entry {@code t}. */
    void notify(Transition t, String role, List<String> recipients) {
        queue(OfficeEvent.notification(t, role, recipients));
    }

    MatterChange change(long expectedVersion, MatterSla sla, Instant now) {
        Optional<String> reason = sla.problem();
        ClockProblem problem = reason.isPresent() ? new ClockProblem(matter.id(), reason.get(), now) : null;
        return new MatterChange(
                matter,
                expectedVersion,
                frozen(firstAppended, appended),
                sla.timers(),
                problem,
                sla.due().orElse(null),
                frozen(firstEvent, outbox));
    }
}
