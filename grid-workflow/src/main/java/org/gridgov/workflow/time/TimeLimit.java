package org.gridgov.workflow.time;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A time limit in one of three units that are never converted into each other:
 * {@link ClockTime} (hours on the wall clock, holidays included), {@link WorkingTime}
 * (hours inside working hours on working days) and {@link WorkingDays} (whole working
 * days). "5 working days" is therefore never stored as 120 hours.
 *
 * <p>Text syntax ({@link #parse(String)}; {@link #toString()} writes it back):
 * <ul>
 *   <li>{@code 5wd}: five working days;
 *   <li>{@code 4wh}, {@code 30wm}: working hours, working minutes;
 *   <li>{@code 3h}, {@code 30m}: clock hours, clock minutes.
 * </ul>
 * The amount is a whole decimal number of at most nine digits, written before the unit
 * with no sign and no space; surrounding blanks are ignored. There is deliberately no
 * "clock days" unit ({@code 5d} is rejected) so that a day count is always a working-day count.
 *
 * <p>As JSON a limit is always this text ({@code "5wd"}), never an object, wherever it appears
 * (policy files, clocks, departments, visits); reading is as strict as {@link #parse(String)}.
 *
 * <p>All implementations are immutable records, safe to share between threads.
 */
@JsonSerialize(using = ToStringSerializer.class)
@JsonDeserialize(converter = TimeLimitText.class)
public sealed interface TimeLimit permits ClockTime, WorkingTime, WorkingDays {

    /**
     * Reads a limit such as {@code 5wd}, {@code 4wh} or {@code 3h}.
     *
     * @throws org.gridgov.core.InvalidInputException naming path {@code time limit}, the
     *     syntax rule and the text
     */
    static TimeLimit parse(String text) {
        return TimeLimitParser.parse(text);
    }

    /**
     * Whether this limit is no time at all ({@code 0h}, {@code 0wh}, ...). A ladder step may follow
     * its breach after zero time; a target's limit never is zero. There is no zero in working days:
     * write {@code 0h}.
     */
    boolean isZero();

    /** The canonical text of this limit, accepted by {@link #parse(String)} when it is whole minutes. */
    @Override
    String toString();
}
