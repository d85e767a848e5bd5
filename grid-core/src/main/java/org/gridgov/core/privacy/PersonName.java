package org.gridgov.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.gridgov.core.InvalidInputException;

/** A person's name: 1-50 characters, not blank. Masked as its first character and one {@code *} ({@code 张*}). */
public final class PersonName extends Sensitive {
    private final String text;

    private PersonName(String text) {
        this.text = text;
    }

    /**
     * Reads a name.
     *
     * @throws InvalidInputException naming {@code name} and the rule, with the length only
     */
    @JsonCreator
    public static PersonName of(String text) {
        requireNonNull(text, "text");
        int length = text.codePointCount(0, text.length());
        if (text.isBlank() || length > 50) {
            throw InvalidInputException.ofText("name", "a name is 1-50 characters, not blank", describe(text), null);
        }
        return new PersonName(text);
    }

    @Override
    String clear() {
        return text;
    }

    @Override
    public String masked() {
        return new StringBuilder()
                .appendCodePoint(text.codePointAt(0))
                .append('*')
                .toString();
    }
}
