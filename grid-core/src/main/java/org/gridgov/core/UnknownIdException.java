package org.gridgov.core;

import static java.util.Objects.requireNonNull;

/** A reference to something that does not exist: an area code, a place id, a person id. */
public class UnknownIdException extends GridException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public UnknownIdException(String kind, String id) {
        super("unknown " + requireNonNull(kind, "kind") + " '" + requireNonNull(id, "id") + "'");
        this.kind = kind;
        this.id = id;
    }

    /** What was looked up: {@code area}, {@code place}, {@code person}, ... */
    public String kind() {
        return kind;
    }

    /** The id that was not found. */
    public String id() {
        return id;
    }
}
