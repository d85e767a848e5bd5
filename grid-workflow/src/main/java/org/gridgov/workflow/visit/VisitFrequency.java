package org.gridgov.workflow.visit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;

/**
 * How often a visit is due: {@code daily} (every working day), {@code weekly} (Monday to Sunday),
 * {@code monthly}, {@code quarterly}, or every N working days ({@code 10wd}: windows of N working
 * days counted from the start of the assessment). Written as that text in a policy file. Immutable.
 *
 * @param text the frequency as written
 */
public record VisitFrequency(String text) {

    /**
     * Checks the text.
     *
     * @throws InvalidInputException if it is none of the forms
     */
    public VisitFrequency {
        if (text == null
                || !(text.equals("daily")
                        || text.equals("weekly")
                        || text.equals("monthly")
                        || text.equals("quarterly")
                        || text.matches("[1-9][0-9]{0,2}wd"))) {
            throw new InvalidInputException(
                    "frequency", "daily, weekly, monthly, quarterly or N working days (e.g. 10wd)", text);
        }
    }

    /**
     * Reads a frequency.
     *
     * @throws InvalidInputException if it is none of the forms
     */
    @JsonCreator
    public static VisitFrequency parse(String text) {
        return new VisitFrequency(text);
    }

    /** The text, as written in a policy file. */
    @JsonValue
    @Override
    public String text() {
        return text;
    }

    /**
     * The periods of this frequency that end inside {@code from} to {@code to}, each as its first
     * and last day (a period may start before {@code from}).
     */
    List<LocalDate[]> periods(LocalDate from, LocalDate to, WorkingCalendar calendar) {
        List<LocalDate[]> out = new ArrayList<>();
        switch (text) {
            case "daily":
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (calendar.isWorkingDay(d)) {
                        out.add(new LocalDate[] {d, d});
                    }
                }
                return out;
            case "weekly":
                for (LocalDate end = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                        !end.isAfter(to);
                        end = end.plusWeeks(1)) {
                    out.add(new LocalDate[] {end.minusDays(6), end});
                }
                return out;
            case "monthly":
                for (LocalDate start = from.withDayOfMonth(1); ; start = start.plusMonths(1)) {
                    LocalDate end = start.plusMonths(1).minusDays(1);
                    if (end.isAfter(to)) {
                        return out;
                    }
                    if (!end.isBefore(from)) {
                        out.add(new LocalDate[] {start, end});
                    }
                }
            case "quarterly":
                for (LocalDate start = from.with(IsoFields.DAY_OF_QUARTER, 1); ; start = start.plusMonths(3)) {
                    LocalDate end = start.plusMonths(3).minusDays(1);
                    if (end.isAfter(to)) {
                        return out;
                    }
                    if (!end.isBefore(from)) {
                        out.add(new LocalDate[] {start, end});
                    }
                }
            default:
                int n = Integer.parseInt(text.substring(0, text.length() - 2));
                LocalDate start = from;
                int count = 0;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (calendar.isWorkingDay(d) && ++count == n) {
                        out.add(new LocalDate[] {start, d});
                        start = d.plusDays(1);
                        count = 0;
                    }
                }
                return out;
        }
    }
}
