package org.gridgov.core.internal;

import java.util.regex.Pattern;

/**
 * The one shape of the opaque ids of places, people, actors and register records: 1-64 of
 * letters, digits and {@code . _ : -}, starting with a letter or digit. Each caller names its own
 * kind of id in its message ("a place id is " + {@link #SHAPE}). Stateless.
 */
public final class OpaqueIds {
    /** The rule as messages state it. */
    public static final String SHAPE = "1-64 of letters, digits and . _ : -, starting with a letter or digit";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private OpaqueIds() {}

    /** Whether {@code id} has the shape; {@code id} is not null. */
    public static boolean isOpaque(String id) {
        return ID.matcher(id).matches();
    }
}
