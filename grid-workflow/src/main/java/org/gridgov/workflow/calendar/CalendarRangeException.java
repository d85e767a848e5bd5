package org.gridgov.workflow.calendar;

import org.gridgov.core.GridException;

/**
 * A working-calendar operation needed a date in a year the calendar has no holiday data
 * for. The calendar fails closed: it never guesses that an unknown year has only
 * weekends, because the State Council publishes each year's holidays and make-up working
 * days late in the previous year. Load the year with {@link HolidaySchedule#read} and
 * {@link HolidaySchedule#plus}.
 */
public class CalendarRangeException extends GridException {
    private static final long serialVersionUID = 1L;

    private final int year;
    private final int firstYear;
    private final int lastYear;

    /** An operation reached {@code year}, outside the covered {@code firstYear}-{@code lastYear}. */
    public CalendarRangeException(int year, int firstYear, int lastYear) {
        super("no holiday data for year " + year + ": the working calendar covers " + firstYear + "-" + lastYear
                + " and does not guess; load that year's holiday notice (HolidaySchedule.read) to go further");
        this.year = year;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The year without data that the operation needed. */
    public int year() {
        return year;
    }

    /** The first year the calendar covers. */
    public int firstYear() {
        return firstYear;
    }

    /** The last year the calendar covers. */
    public int lastYear() {
        return lastYear;
    }
}
