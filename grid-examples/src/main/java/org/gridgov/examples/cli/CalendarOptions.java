package org.gridgov.examples.cli;

import java.nio.file.Path;
import org.gridgov.workflow.calendar.HolidaySchedule;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import picocli.CommandLine.Option;

/** The options that choose the working calendar: the China calendar, further years, working hours. */
final class CalendarOptions {
    @Option(names = "--calendar", paramLabel = "FILE", description = "further years in the grid-holidays/1 format")
    Path calendar;

    @Option(
            names = "--working-hours",
            paramLabel = "PERIODS",
            description = "e.g. 08:30-12:00,13:30-17:30 (default: the whole day)")
    String workingHours;

    /**
     * The mainland-China calendar 2018-2100 (official 2018-2026, provisional after), with
     * {@code --calendar}'s years replacing its own, with {@code --working-hours}.
     */
    WorkingCalendar calendar() {
        HolidaySchedule schedule = calendar == null
                ? HolidaySchedule.china()
                : HolidaySchedule.china().plus(HolidaySchedule.read(calendar));
        WorkingCalendar cal = WorkingCalendar.of(schedule);
        return workingHours == null ? cal : cal.withWorkingHours(WorkingHours.parse(workingHours));
    }
}
