/**
 * Working calendars: which days are working days (weekdays, minus public holidays, plus
 * the make-up working days 调休 of mainland China), which hours of them are working time,
 * and what a typed time limit ({@code org.gridgov.workflow.time}) started at an instant
 * comes to.
 *
 * <p>Entry points: {@link org.gridgov.workflow.calendar.WorkingCalendar#china()} (2018-2100,
 * Asia/Shanghai: official years from the State Council notices, provisional years computed from
 * the statutory holiday rules, see {@link org.gridgov.workflow.calendar.HolidaySchedule#chinaStatutory}),
 * {@link org.gridgov.workflow.calendar.WorkingHours#parse(String)} for
 * {@code 08:30-12:00,13:30-17:30}, {@link org.gridgov.workflow.calendar.HolidaySchedule#read}
 * for published years in the {@code grid-holidays/1} JSON format, and
 * {@link org.gridgov.workflow.calendar.WorkingCalendar#deadline} (an {@code Instant}) or
 * {@link org.gridgov.workflow.calendar.WorkingCalendar#deadlineOf} (a
 * {@link org.gridgov.workflow.calendar.Deadline} that says whether it rests on provisional years):
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.china()
 *     .withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
 * Instant due = calendar.deadline(OffsetDateTime.parse("2026-02-13T16:00+08:00").toInstant(),
 *     TimeLimit.parse("5wd"));   // 2026-02-27T17:30+08:00, after the Spring Festival
 * }</pre>
 *
 * <p>Loading a published year ({@link org.gridgov.workflow.calendar.WorkingCalendar#plus}) gives a
 * new calendar; {@link org.gridgov.workflow.calendar.CalendarChange#between} tells which days changed
 * and which deadlines that affects.
 *
 * <p>Calendars fail closed: a date in a year without holiday data (for the China calendar, before
 * 2018 or after 2100) throws {@link org.gridgov.workflow.calendar.CalendarRangeException}.
 */
package org.gridgov.workflow.calendar;
