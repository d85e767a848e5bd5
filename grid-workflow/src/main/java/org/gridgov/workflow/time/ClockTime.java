package org.gridgov.workflow.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;

/**
 * Elapsed time on the wall clock: nights, weekends and holidays all count. The "3" of
 * the "357" rule (answer a resident within 3 hours) is a clock time.
 *
 * <p>Invariant: the duration is not negative. Immutable and thread-safe.
 *
 * @param duration the elapsed time, zero or positive
 */
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize // reset the interface's converter: this type reads through fromText
public record ClockTime(Duration duration) implements TimeLimit {

    /** Checks the invariant. */
    public ClockTime {
        Durations.requireNonNegative("clock time", duration);
    }

    /** {@code hours} clock hours. */
    public static ClockTime ofHours(long hours) {
        Durations.requireNonNegative("clock time", hours);
        return new ClockTime(Duration.ofHours(hours));
    }

    /** {@code minutes} clock minutes. */
    public static ClockTime ofMinutes(long minutes) {
        Durations.requireNonNegative("clock time", minutes);
        return new ClockTime(Duration.ofMinutes(minutes));
    }

    /** {@code 3h}, {@code 90m}, or the ISO-8601 duration followed by {@code " clock"} below a minute. */
    @Override
    public boolean isZero() {
        return duration.isZero();
    }

    @Override
    public String toString() {
        return Durations.format(duration, "h", "m", " clock");
    }

    /** Reads the text form only ({@code 3h}), as JSON does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ClockTime fromText(String text) {
        return TimeLimitText.as(text, ClockTime.class, "clock time (3h, 30m)");
    }
}
