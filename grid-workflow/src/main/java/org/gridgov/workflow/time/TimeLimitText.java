package org.gridgov.workflow.time;

import com.fasterxml.jackson.databind.util.StdConverter;
import org.gridgov.core.InvalidInputException;

/**
 * Reads a {@link TimeLimit} from its text ({@code 5wd}, {@code 4wh}, {@code 3h}) wherever one is
 * JSON: policy files, clocks, departments, visits. The text form is the only form; an object such
 * as {@code {"days":5}} is refused.
 */
final class TimeLimitText extends StdConverter<String, TimeLimit> {
    @Override
    public TimeLimit convert(String text) {
        try {
            return TimeLimit.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("", e.rule(), text, e);
        }
    }

    /** Reads {@code text} as a limit of one unit ({@code unit} names it in the error, as in {@code 5wd}). */
    static <T extends TimeLimit> T as(String text, Class<T> type, String unit) {
        TimeLimit limit = new TimeLimitText().convert(text);
        if (!type.isInstance(limit)) {
            throw new InvalidInputException("", "is a time limit in " + unit, text);
        }
        return type.cast(limit);
    }
}
