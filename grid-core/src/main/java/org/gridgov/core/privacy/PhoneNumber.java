package org.gridgov.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * A mainland phone number: a mobile number (11 digits, {@code 1[3-9]} then 9 digits) or a fixed
 * line with its area code ({@code 0511-84412345}: 0, 2-3 digits, a hyphen, 7-8 digits).
 *
 * <p>Masked as the first three and last four digits of a mobile ({@code 138****5678}) or the area
 * code and last two digits of a fixed line ({@code 0511-******45}).
 */
public final class PhoneNumber extends Sensitive {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern FIXED = Pattern.compile("0[0-9]{2,3}-[0-9]{7,8}");

    private final String text;

    private PhoneNumber(String text) {
        this.text = text;
    }

    /**
     * Reads a phone number.
     *
     * @throws InvalidInputException naming {@code phone}, the rule and the length of the text
     */
    @JsonCreator
    public static PhoneNumber parse(String text) {
        requireNonNull(text, "text");
        if (!MOBILE.matcher(text).matches() && !FIXED.matcher(text).matches()) {
            throw InvalidInputException.ofText(
                    "phone",
                    "a phone number is a mobile 1[3-9] + 9 digits or a fixed line 0AA(A)-NNNNNNN(N)",
                    describe(text),
                    null);
        }
        return new PhoneNumber(text);
    }

    /** Whether this is a mobile number. */
    public boolean mobile() {
        return text.charAt(0) == '1';
    }

    @Override
    String clear() {
        return text;
    }

    @Override
    public String masked() {
        if (mobile()) {
            return hideMiddle(text, 3, 4);
        }
        int hyphen = text.indexOf('-');
        return text.substring(0, hyphen + 1) + hideMiddle(text.substring(hyphen + 1), 0, 2);
    }
}
