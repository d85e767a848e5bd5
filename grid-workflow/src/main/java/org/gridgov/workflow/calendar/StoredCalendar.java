package org.gridgov.workflow.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link WorkingCalendar} as JSON: every fact of its schedule (not only a file's official years:
 * provisional years too), its working hours as {@link WorkingHours#parse} text and its zone. How a
 * durable store keeps the calendars an office put in force ({@code CalendarLoad}). Immutable.
 */
record StoredCalendar(
        String source,
        ZoneId scheduleZone,
        int firstYear,
        int lastYear,
        List<Integer> provisionalYears,
        NavigableMap<LocalDate, String> holidays,
        NavigableMap<LocalDate, String> makeUpWorkdays,
        String workingHours,
        ZoneId zone) {

    static StoredCalendar of(WorkingCalendar c) {
        HolidaySchedule s = c.schedule();
        return new StoredCalendar(
                s.source(),
                s.zone(),
                s.firstYear(),
                s.lastYear(),
                List.copyOf(s.provisionalYears()),
                s.holidays(),
                s.makeUpWorkdays(),
                c.workingHours().toString(),
                c.zone());
    }

    WorkingCalendar calendar() {
        HolidaySchedule s = HolidaySchedule.of(
                source,
                scheduleZone,
                firstYear,
                lastYear,
                new TreeMap<>(holidays),
                new TreeMap<>(makeUpWorkdays),
                new TreeSet<>(provisionalYears));
        return WorkingCalendar.of(s)
                .withWorkingHours(WorkingHours.parse(workingHours))
                .withZone(zone);
    }
}
