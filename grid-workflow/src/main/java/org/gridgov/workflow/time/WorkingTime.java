package org.gridgov.workflow.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;

/**
 * Time counted only inside working hours on working days: "4 working hours" started at
 * 16:00 on a Friday with hours 08:30-12:00 and 13:30-17:30 ends at 11:00 on the next
 * working day. Which moments are working time is the business of a working calendar
 * ({@code org.gridgov.workflow.calendar.WorkingCalendar}); this value only carries the amount.
 *
 * <p>Invariant: the duration is not negative. Immutable and thread-safe.
 *
 * @param duration the amount of working time, zero or positive
 */
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize // reset the interface's converter: this type reads through fromText
public record WorkingTime(Duration duration) implements TimeLimit {

    /** No working time. */
    public static final WorkingTime ZERO = new WorkingTime(Duration.ZERO);

    /** Checks the invariant. */
    public WorkingTime {
        Durations.requireNonNegative("working time", duration);
    }

    /** {@code hours} working hours. */
    public static WorkingTime ofHours(long hours) {
        Durations.requireNonNegative("working time", hours);
        return new WorkingTime(Duration.ofHours(hours));
    }

    /** {@code minutes} working minutes. */
    public static WorkingTime ofMinutes(long minutes) {
        Durations.requireNonNegative("working time", minutes);
        return new WorkingTime(Duration.ofMinutes(minutes));
    }

    /** {@code 4wh}, {@code 90wm}, or the ISO-8601 duration followed by {@code " working"} below a minute. */
    @Override
    public boolean isZero() {
        return duration.isZero();
    }

    @Override
    public String toString() {
        return Durations.format(duration, "wh", "wm", " working");
    }

    /** Reads the text form only ({@code 4wh}), as JSON does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static WorkingTime fromText(String text) {
        return TimeLimitText.as(text, WorkingTime.class, "working time (4wh, 30wm)");
    }
}
