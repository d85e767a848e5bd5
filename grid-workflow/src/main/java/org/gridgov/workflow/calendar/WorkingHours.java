package org.gridgov.workflow.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * The working periods of every working day, on the local wall clock, for example
 * {@code 08:30-12:00,13:30-17:30}. Periods are half-open ({@code [08:30, 12:00)}): 08:30
 * is working time, 12:00 is not. {@link #allDay()} ({@code 00:00-24:00}) is the default of
 * a {@link WorkingCalendar} with no working hours set.
 *
 * <p>Invariants: at least one period; each period starts before it ends; periods are in
 * order and separated by a break (a period starts strictly after the previous one ends);
 * all times are whole minutes within one day ({@code 24:00} is allowed as an end). Shifts
 * across midnight are not supported. Every working day has the same hours.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingHours {
    private static final int DAY_MINUTES = 24 * 60;
    private static final Pattern PERIOD = Pattern.compile("([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})");
    private static final String RULE = "must be periods HH:mm-HH:mm separated by commas,"
            + " each starting before it ends and after the previous one ends, within 00:00-24:00";
    private static final WorkingHours ALL_DAY = new WorkingHours(new int[] {0}, new int[] {DAY_MINUTES});

    private final int[] startMinutes;
    private final int[] endMinutes;

    private WorkingHours(int[] startMinutes, int[] endMinutes) {
        this.startMinutes = startMinutes;
        this.endMinutes = endMinutes;
    }

    /** The whole day, {@code 00:00-24:00}: every moment of a working day is working time. */
    public static WorkingHours allDay() {
        return ALL_DAY;
    }

    /**
     * Reads {@code 08:30-12:00,13:30-17:30} (blanks around commas are ignored).
     *
     * @throws InvalidInputException with path {@code working hours} or
     *     {@code working hours[i]} for the i-th period, the rule and the offending text
     */
    @JsonCreator
    public static WorkingHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("working hours", RULE, text);
        }
        String[] parts = text.split(",", -1);
        int[] starts = new int[parts.length];
        int[] ends = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            Matcher m = PERIOD.matcher(part);
            int start = m.matches() ? minutes(m.group(1), m.group(2)) : -1;
            int end = m.matches() ? minutes(m.group(3), m.group(4)) : -1;
            int previousEnd = i == 0 ? -1 : ends[i - 1];
            if (start < 0 || end < 0 || start >= end || start <= previousEnd || end > DAY_MINUTES) {
                throw new InvalidInputException("working hours[" + i + "]", RULE, part);
            }
            starts[i] = start;
            ends[i] = end;
        }
        return new WorkingHours(starts, ends);
    }

    private static int minutes(String hh, String mm) {
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        if (m > 59 || h > 24 || (h == 24 && m != 0)) {
            return -1;
        }
        return h * 60 + m;
    }

    /** Number of periods. */
    public int size() {
        return startMinutes.length;
    }

    /** Start of period {@code i} (0-based). */
    public LocalTime start(int i) {
        return LocalTime.ofSecondOfDay(startMinutes[i] * 60L);
    }

    /** End of period {@code i}; {@link LocalTime#MIDNIGHT} stands for {@code 24:00}. */
    public LocalTime end(int i) {
        return endMinutes[i] == DAY_MINUTES ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endMinutes[i] * 60L);
    }

    /** Start minutes of day of the periods, for the index; a copy. */
    int[] startMinutes() {
        return startMinutes.clone();
    }

    /** End minutes of day of the periods (1440 for 24:00), for the index; a copy. */
    int[] endMinutes() {
        return endMinutes.clone();
    }

    /** Working minutes in one working day. */
    public int minutesPerDay() {
        int sum = 0;
        for (int i = 0; i < startMinutes.length; i++) {
            sum += endMinutes[i] - startMinutes[i];
        }
        return sum;
    }

    /** True for {@code 00:00-24:00}. */
    public boolean isAllDay() {
        return startMinutes.length == 1 && startMinutes[0] == 0 && endMinutes[0] == DAY_MINUTES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours w
                && Arrays.equals(startMinutes, w.startMinutes)
                && Arrays.equals(endMinutes, w.endMinutes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(startMinutes) + Arrays.hashCode(endMinutes);
    }

    /** The text {@link #parse(String)} reads, e.g. {@code 08:30-12:00,13:30-17:30}; also its JSON. */
    @JsonValue
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < startMinutes.length; i++) {
            parts.add(hhmm(startMinutes[i]) + "-" + hhmm(endMinutes[i]));
        }
        return String.join(",", parts);
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
