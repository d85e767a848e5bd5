package org.gridgov.core;

import java.util.Arrays;
import java.util.List;

/**
 * A value was built without a field it requires, e.g. an area without a {@code name}, whether by
 * a builder or from a JSON object that lacks the key.
 *
 * <p>{@link #path()} is the first missing field, {@link #fields()} all of them; {@link #value()}
 * is {@code missing}. Thrown by the builders of the library's value types in place of
 * Immutables' {@code IllegalStateException}, so readers report a missing field as they report
 * any other broken rule. Immutable and thread-safe.
 */
public class MissingFieldException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;

    /**
     * The named fields are missing; at least one.
     *
     * @throws IllegalArgumentException if no field is named
     */
    public MissingFieldException(String... fields) {
        super(first(fields) + ": " + rule(fields) + ", but was missing", first(fields), rule(fields), "missing", null);
        this.fields = List.copyOf(Arrays.asList(fields));
    }

    /** Every missing field, in the order of the value type's attributes. */
    public List<String> fields() {
        return fields;
    }

    private static String first(String[] fields) {
        if (fields == null || fields.length == 0) {
            throw new IllegalArgumentException("a missing-field error names at least one field");
        }
        return fields[0];
    }

    private static String rule(String[] fields) {
        return fields.length == 1
                ? "a required field"
                : "a required field (also missing: "
                        + String.join(", ", Arrays.asList(fields).subList(1, fields.length)) + ")";
    }
}
