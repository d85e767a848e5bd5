package org.gridgov.workflow.matter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * The id of a matter, assigned by the engine's store at intake (for example {@code M000042}).
 *
 * <p>Not to be confused with a matter's external id (a 12345 work-order number), which the
 * reporting channel assigns. Immutable; equal when the text is equal.
 */
public final class MatterId implements Comparable<MatterId> {
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    private final String text;

    private MatterId(String text) {
        this.text = text;
    }

    /**
     * A matter id from its text.
     *
     * @throws InvalidInputException unless the text is 1-64 letters, digits, {@code _ . : -},
     *     starting with a letter or digit
     */
    @JsonCreator
    public static MatterId of(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new InvalidInputException(
                    "matterId", "a matter id is 1-64 of A-Z a-z 0-9 _ . : -, starting with a letter or digit", text);
        }
        return new MatterId(text);
    }

    /**
     * The id a store numbers {@code n}: {@code M} and the number zero-padded to six digits ({@code
     * M000042}; as {@code String.format("M%06d", n)}, without a formatter or a pattern check, for
     * stores that hand out an id per report).
     *
     * @throws IllegalArgumentException if {@code n} is below 1
     */
    public static MatterId numbered(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("a matter number is 1 or more: " + n);
        }
        String digits = Long.toString(n);
        return new MatterId(digits.length() >= 6 ? "M" + digits : "M" + "000000".substring(digits.length()) + digits);
    }

    /** The text of the id. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatterId && ((MatterId) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public int compareTo(MatterId o) {
        return text.compareTo(o.text);
    }
}
