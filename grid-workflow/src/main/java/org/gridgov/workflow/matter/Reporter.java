package org.gridgov.workflow.matter;

import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * The person who reported a matter. Personal data: {@link #toString()} masks it (the name
 * keeps its first character, the phone its first three and last four digits), and no
 * exception message of this library contains it.
 *
 * <p>Either part may be {@code null} for an anonymous report. Immutable. Checks only that a
 * phone number, when present, is 5-20 digits with an optional leading {@code +}.
 *
 * @param name the reporter's name, or {@code null}
 * @param phone the reporter's phone number, or {@code null}
 */
public record Reporter(String name, String phone) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    /**
     * Checks the phone number.
     *
     * @throws InvalidInputException if a phone number is given and is not 5-20 digits (the value
     *     in the message is masked)
     */
    public Reporter {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException(
                    "reporter.phone", "a phone number is 5-20 digits with an optional leading +", maskPhone(phone));
        }
    }

    /** A reporter who gave no name and no number. */
    public static Reporter anonymous() {
        return new Reporter(null, null);
    }

    /** The name with all but its first character masked, e.g. {@code 施**}. */
    public String maskedName() {
        if (name == null || name.isEmpty()) {
            return "-";
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }

    /** The phone with its middle masked, e.g. {@code 138****5678}. */
    public String maskedPhone() {
        return phone == null ? "-" : maskPhone(phone);
    }

    private static String maskPhone(String phone) {
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** The masked form: never the full name or number. */
    @Override
    public String toString() {
        return "Reporter[" + maskedName() + ", " + maskedPhone() + "]";
    }
}
