package org.gridgov.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from {@code
 * 0-9} and {@code A-Y} without I, O, Z, S and V; a registration authority, an organisation type,
 * the 6-digit region, the 9-character organisation code (GB 11714) and a check character, the
 * weighted sum of the first 17 modulo 31.
 *
 * <p>{@link #parse} is strict. {@link #parseLenient} also takes the codes organisations held
 * before 2015, a GB 11714 organisation code ({@code M000100Y-4}, with its own check character)
 * or a 15-digit business registration number (shape only), marking the code {@link #legacy()} so
 * that a check can report it. Masked as the first six and last four characters.
 */
public final class CreditCode extends Sensitive {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final Pattern ORG_CODE = Pattern.compile("[0-9A-Z]{8}-?[0-9X]");
    private static final Pattern REGISTRATION = Pattern.compile("[0-9]{15}");

    private final String text;
    private final boolean legacy;

    private CreditCode(String text, boolean legacy) {
        this.text = text;
        this.legacy = legacy;
    }

    /**
     * Reads a unified social credit code.
     *
     * @throws InvalidInputException naming {@code creditCode}, the rule and the length of the text
     */
    @JsonCreator
    public static CreditCode parse(String text) {
        requireNonNull(text, "text");
        Optional<String> broken = problem(text);
        if (broken.isPresent()) {
            throw InvalidInputException.ofText("creditCode", broken.get(), describe(text), null);
        }
        return new CreditCode(text, false);
    }

    /**
     * Reads a unified social credit code, or a legacy organisation code or registration number as
     * a {@link #legacy()} code.
     *
     * @throws InvalidInputException if {@code text} is none of the three
     */
    public static CreditCode parseLenient(String text) {
        requireNonNull(text, "text");
        if (problem(text).isEmpty()) {
            return new CreditCode(text, false);
        }
        if (ORG_CODE.matcher(text).matches()) {
            String body = text.replace("-", "");
            if (organisationCheck(body) != body.charAt(8)) {
                throw InvalidInputException.ofText(
                        "creditCode",
                        "a legacy organisation code ends with the GB 11714 check character of its first 8",
                        describe(text),
                        null);
            }
            return new CreditCode(text, true);
        }
        if (REGISTRATION.matcher(text).matches()) {
            return new CreditCode(text, true);
        }
        throw InvalidInputException.ofText(
                "creditCode",
                "a credit code is 18 characters (GB 32100), or a legacy 9-character organisation code or"
                        + " 15-digit registration number",
                describe(text),
                null);
    }

    /** The rule {@code text} breaks as a unified social credit code, if any. */
    public static Optional<String> problem(String text) {
        if (text.length() != 18) {
            return Optional.of("a credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(text.charAt(i)) < 0) {
                return Optional.of("a credit code has only 0-9 and A-Y without I, O, Z, S and V");
            }
        }
        if (checkCharacter(text) != text.charAt(17)) {
            return Optional.of("a credit code ends with the GB 32100 check character of its first 17");
        }
        return Optional.empty();
    }

    /** The GB 32100 check character of the first 17 characters of {@code code}. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    private static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Whether this is a pre-2015 organisation code or registration number, read leniently. */
    public boolean legacy() {
        return legacy;
    }

    @Override
    String clear() {
        return text;
    }

    @Override
    public String masked() {
        return text.length() == 18 ? hideMiddle(text, 6, 4) : hideMiddle(text, 2, 2);
    }
}
