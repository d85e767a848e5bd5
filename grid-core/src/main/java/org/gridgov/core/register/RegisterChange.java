package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.area.AreaCode;

/**
 * One change in a record's history: what happened, when (from the injected clock), by whom and
 * in which grid. Ids and codes only, never a personal value.
 *
 * @param record the record's id
 * @param kind what changed
 * @param at when
 * @param actor the acting user's id
 * @param grid the grid the record is in after the change (before it, for a removal)
 * @param detail a code: the tag added or removed, the grid moved from, or {@code -}
 */
public record RegisterChange(String record, Kind kind, Instant at, String actor, AreaCode grid, String detail) {
    /** What changed. */
    public enum Kind {
        /** The record was added. */
        ADDED,
        /** The record moved to another grid or household; {@code detail} is the grid before. */
        MOVED,
        /** A tag was added; {@code detail} is its code. */
        TAGGED,
        /** A tag was removed; {@code detail} is its code. */
        UNTAGGED,
        /** The record was removed (moved away, deceased). */
        REMOVED
    }

    public RegisterChange {
        requireNonNull(record, "record");
        requireNonNull(kind, "kind");
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(grid, "grid");
        requireNonNull(detail, "detail");
    }
}
