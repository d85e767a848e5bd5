package org.gridgov.workflow.office;

import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.workflow.calendar.WorkingCalendar;

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
        MatterLocks locks) {}
