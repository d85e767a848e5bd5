package org.gridgov.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.gridgov.core.InvalidInputException;

/**
 * A postal address of a home: 1-200 characters, not blank. Masked as its first six characters
 * (province, city or district) and {@code ***}.
 */
public final class Address extends Sensitive {
    private final String text;

    private Address(String text) {
        this.text = text;
    }

    /**
     * Reads an address.
     *
     * @throws InvalidInputException naming {@code address} and the rule, with the length only
     */
    @JsonCreator
    public static Address of(String text) {
        requireNonNull(text, "text");
        int length = text.codePointCount(0, text.length());
        if (text.isBlank() || length > 200) {
            throw InvalidInputException.ofText(
                    "address", "an address is 1-200 characters, not blank", describe(text), null);
        }
        return new Address(text);
    }

    @Override
    String clear() {
        return text;
    }

    @Override
    public String masked() {
        int end = text.offsetByCodePoints(0, Math.min(6, text.codePointCount(0, text.length()) / 2));
        return text.substring(0, end) + "***";
    }
}
