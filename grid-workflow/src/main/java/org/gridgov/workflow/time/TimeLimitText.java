package org.gridgov.workflow.sla;

import com.fasterxml.jackson.databind.util.StdConverter;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.TimeLimit;

/** Reads a {@link TimeLimit} from its text ({@code 5wd}, {@code 4wh}, {@code 3h}) in policy files. */
final class TimeLimitText extends StdConverter<String, TimeLimit> {
    @Override
    public TimeLimit convert(String text) {
        try {
            return TimeLimit.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("", e.rule(), text, e);
        }
    }
}
