package org.gridgov.workflow.time;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;

/** Checks and text shared by the two duration-based limits. */
final class Durations {
    private Durations() {}

    static void requireNonNegative(String what, Duration d) {
        if (d == null || d.isNegative()) {
            throw new InvalidInputException(what, "must be a duration of zero or more", d);
        }
    }

    static void requireNonNegative(String what, long amount) {
        if (amount < 0) {
            throw new InvalidInputException(what, "must be zero or more", amount);
        }
    }

    /** Whole hours as {@code <n><hourUnit>}, whole minutes as {@code <n><minuteUnit>}, else ISO-8601 plus a suffix. */
    static String format(Duration d, String hourUnit, String minuteUnit, String fallbackSuffix) {
        if (d.toNanosPart() != 0 || d.toSecondsPart() != 0) {
            return d + fallbackSuffix;
        }
        long minutes = d.toMinutes();
        return minutes % 60 == 0 && minutes != 0 ? minutes / 60 + hourUnit : minutes + minuteUnit;
    }
}
