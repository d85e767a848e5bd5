package org.gridgov.core.audit;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * Why personal data is read or changed, as a code the host defines, e.g. {@code visit.monthly}
 * or {@code dispute.mediation} (PIPL art. 6: a clear, reasonable purpose). A code, not free text,
 * so that an audit entry never carries personal words.
 *
 * @param code lower-case letters, digits, {@code .} and {@code -}, 2-64 characters, starting with
 *     a letter
 */
public record Purpose(String code) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9.-]{1,63}");

    public Purpose {
        requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw InvalidInputException.ofText(
                    "purpose",
                    "a purpose is a code of 2-64 lower-case letters, digits, . and -, starting with a letter",
                    code.length() + " characters",
                    null);
        }
    }

    /** A purpose from its code. */
    public static Purpose of(String code) {
        return new Purpose(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
