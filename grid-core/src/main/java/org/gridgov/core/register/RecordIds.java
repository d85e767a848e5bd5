package org.gridgov.core.register;

import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/** The one rule for register record ids: opaque, 1-64 of letters, digits and {@code . _ : -}. */
final class RecordIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private RecordIds() {}

    static String require(String field, String id) {
        if (id == null) {
            throw new InvalidInputException(field, "a record id is required", null);
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(
                    field,
                    "a record id is 1-64 of letters, digits and . _ : -, starting with a letter or digit",
                    id.length() + " characters");
        }
        return id;
    }
}
