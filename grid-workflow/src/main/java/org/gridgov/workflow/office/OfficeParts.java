package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.SlaEvent;

/**
 * What the office's desks that change matters share with it: the store, the current policies,
 * calendar and plan (each swapped atomically by the office), the cached clocks and the per-matter
 * locks. One instance per office.
 */
record OfficeParts(
        GridOffice office,
        OfficeStore store,
        AtomicReference<Policies> policies,
        AtomicReference<WorkingCalendar> calendar,
        AtomicReference<PlanContext> plan,
        ClockCache slas,
        MatterLocks locks) {

    /**
     * A draft of {@code matter}'s next change with the steps of {@code sla} due at {@code now} fired:
     * the first part of every change the office commits, one-by-one or batched.
     */
    Draft firedAt(Matter matter, MatterSla sla, Instant now, Policies p, WorkingCalendar cal) {
        Draft d = new Draft(matter);
        List<SlaEvent> due = sla.fireDue(now, p.sla(), cal);
        if (!due.isEmpty()) { // most changes find nothing due: no directory or mode to look up
            d.fired(due, sla, now, p.sla(), cal, plan.get().directory(), office.modeOf(matter.area()));
        }
        return d;
    }
}
