package org.gridgov.workflow.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/** The text syntax of {@link TimeLimit#parse(String)}. */
final class TimeLimitParser {
    static final String RULE = "must be a whole number followed by wd (working days), wh or wm"
            + " (working hours or minutes), h or m (clock hours or minutes), e.g. 5wd, 4wh, 3h";
    private static final Pattern PATTERN = Pattern.compile("([0-9]{1,9})(wd|wh|wm|h|m)");

    private TimeLimitParser() {}

    static TimeLimit parse(String text) {
        if (text == null) {
            throw new InvalidInputException("time limit", RULE, null);
        }
        Matcher m = PATTERN.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("time limit", RULE, text);
        }
        long amount = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "wd":
                if (amount < 1) {
                    throw new InvalidInputException(
                            "time limit", "working days must be at least 1 (no time at all is 0h)", text);
                }
                return new WorkingDays((int) amount);
            case "wh":
                return WorkingTime.ofHours(amount);
            case "wm":
                return WorkingTime.ofMinutes(amount);
            case "h":
                return ClockTime.ofHours(amount);
            default:
                return ClockTime.ofMinutes(amount);
        }
    }
}
