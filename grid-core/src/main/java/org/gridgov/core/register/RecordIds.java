package org.gridgov.core.register;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.OpaqueIds;

/** The one rule for register record ids: opaque, 1-64 of letters, digits and {@code . _ : -}. */
final class RecordIds {

    private RecordIds() {}

    static String require(String field, String id) {
        if (id == null) {
            throw new InvalidInputException(field, "a record id is required", null);
        }
        if (!OpaqueIds.isOpaque(id)) {
            throw new InvalidInputException(field, "a record id is " + OpaqueIds.SHAPE, id.length() + " characters");
        }
        return id;
    }
}
