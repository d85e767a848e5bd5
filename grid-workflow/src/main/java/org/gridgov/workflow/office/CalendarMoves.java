package org.gridgov.workflow.office;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.CalendarChange;
import org.gridgov.workflow.calendar.Deadline;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.ClockStatus;
import org.gridgov.workflow.sla.SlaClock;

/**
 * Which open deadlines a calendar change may move: the office asks {@link CalendarChange#affects}
 * about each running clock's deadline (its start, target, due instant and provisional years), so a
 * newly loaded year touches only the matters whose deadlines read a changed day or rest on a year
 * that turned official. A change between calendars of different zones or working hours may move
 * every deadline ({@link #of} then answers {@code null}: recompute all). Stateless.
 */
final class CalendarMoves {
    private CalendarMoves() {}

    /** The change between the calendars, or {@code null} if every deadline may move. */
    static CalendarChange of(WorkingCalendar before, WorkingCalendar after) {
        try {
            return CalendarChange.between(before, after);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** True if the change may move one of the clocks' running deadlines. */
    static boolean affects(CalendarChange change, List<SlaClock> clocks) {
        if (change == null) {
            return true;
        }
        for (SlaClock c : clocks) {
            if (c.status() == ClockStatus.RUNNING
                    && c.due() != null
                    && change.affects(new Deadline(c.startedAt(), c.target(), c.due(), c.provisionalYears()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The open matters whose running deadlines the change may move, in id order. Called while the
     * old calendar is still in force: the clocks it caches keep the old due instants, so the
     * recomputation that follows records each move.
     */
    static Set<MatterId> affected(GridOffice office, OfficeStore store, CalendarChange change) {
        Set<MatterId> ids = new LinkedHashSet<>();
        if (change == null || !change.isEmpty()) {
            for (Matter m : store.openMatters(MatterQuery.open())) {
                if (affects(change, office.clocks(m.id()))) {
                    ids.add(m.id());
                }
            }
        }
        return ids;
    }

    /** The calendar a new office starts from: the last one loaded, else the builder's. */
    static WorkingCalendar current(OfficeSettings settings, WorkingCalendar built) {
        List<CalendarLoad> loads = settings.calendarLoads();
        return loads.isEmpty() ? built : loads.get(loads.size() - 1).after();
    }
}
