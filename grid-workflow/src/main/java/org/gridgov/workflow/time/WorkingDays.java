package org.gridgov.workflow.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.gridgov.core.InvalidInputException;

/**
 * A count of whole working days, the unit of "resolve within 5 working days". It is not
 * a number of hours: how a count of days becomes a due instant (the day of receipt is not
 * counted; the due moment is the same wall-clock time, or the end of working hours, on the
 * last day) is defined by {@code org.gridgov.workflow.calendar.WorkingCalendar}.
 *
 * <p>Invariant: at least one day. Immutable and thread-safe.
 *
 * @param days the number of working days, 1 or more
 */
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize // reset the interface's converter: this type reads through fromText
public record WorkingDays(int days) implements TimeLimit {

    /** Checks the invariant. */
    public WorkingDays {
        if (days < 1) {
            throw new InvalidInputException("working days", "must be at least 1", days);
        }
    }

    /** {@code days} working days. */
    public static WorkingDays of(int days) {
        return new WorkingDays(days);
    }

    /** Never: a count of working days is at least one. */
    @Override
    public boolean isZero() {
        return false;
    }

    /** {@code 5wd}. */
    @Override
    public String toString() {
        return days + "wd";
    }

    /** Reads the text form only ({@code 5wd}), as JSON does. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static WorkingDays fromText(String text) {
        return TimeLimitText.as(text, WorkingDays.class, "working days (5wd)");
    }
}
