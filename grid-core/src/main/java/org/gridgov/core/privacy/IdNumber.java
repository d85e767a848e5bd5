package org.gridgov.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999): a 6-digit region code, the
 * 8-digit birth date {@code yyyyMMdd}, a 3-digit sequence and a check character, the ISO 7064 MOD
 * 11-2 check of the 17 digits before it ({@code 0-9} or {@code X}; a lower-case {@code x} is read
 * as {@code X}).
 *
 * <p>Masked as the region code, eight {@code *} over the whole birth date and the last four
 * characters: {@code 110105********1234}. Not checked: that the region code exists, that the
 * birth date is not in the future (the register has no clock here).
 */
public final class IdNumber extends Sensitive {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String text;

    private IdNumber(String text) {
        this.text = text;
    }

    /**
     * Reads an ID number.
     *
     * @throws InvalidInputException naming {@code idNumber}, the rule broken and the length of the
     *     text, never the text
     */
    @JsonCreator
    public static IdNumber parse(String text) {
        requireNonNull(text, "text");
        String normalized = text.toUpperCase(Locale.ROOT);
        Optional<String> broken = problem(normalized);
        if (broken.isPresent()) {
            throw InvalidInputException.ofText("idNumber", broken.get(), describe(text), null);
        }
        return new IdNumber(normalized);
    }

    /** The rule {@code text} breaks, if any: the check {@link #parse} makes, as data. */
    public static Optional<String> problem(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        if (t.length() != 18 || !t.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("an ID number is 17 digits and a check character");
        }
        char last = t.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("an ID number's check character is 0-9 or X");
        }
        int province = Integer.parseInt(t.substring(0, 2));
        if (province < 11 || province > 82) {
            return Optional.of("an ID number starts with a province number from 11 to 82");
        }
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(t.substring(6, 10)),
                    Integer.parseInt(t.substring(10, 12)),
                    Integer.parseInt(t.substring(12, 14)));
            if (birth.getYear() < 1800) {
                return Optional.of("an ID number's birth date (characters 7-14) is from 1800 on");
            }
        } catch (DateTimeException e) {
            return Optional.of("an ID number's characters 7-14 are a real birth date yyyyMMdd");
        }
        if (checkCharacter(t) != last) {
            return Optional.of("an ID number ends with the ISO 7064 MOD 11-2 check character of its first 17 digits");
        }
        return Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits of {@code digits}. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    @Override
    String clear() {
        return text;
    }

    @Override
    public String masked() {
        return hideMiddle(text, 6, 4);
    }
}
