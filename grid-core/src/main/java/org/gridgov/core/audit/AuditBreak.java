package org.gridgov.core.audit;

import static java.util.Objects.requireNonNull;

/**
 * Where an audit trail stops being trustworthy: the first entry that is altered, missing or out
 * of order.
 *
 * @param kind what is wrong
 * @param sequence the sequence number concerned (the one expected when an entry is missing)
 * @param message one line naming the rule and the sequence numbers
 */
public record AuditBreak(Kind kind, long sequence, String message) {
    /** What is wrong at the break. */
    public enum Kind {
        /** An entry's fields do not give its hash, or it does not link to the entry before. */
        TAMPERED,
        /** An expected sequence number is absent (deleted, or the end of the trail is cut off). */
        MISSING,
        /** An entry appears before one with a lower sequence number. */
        REORDERED
    }

    public AuditBreak {
        requireNonNull(kind, "kind");
        requireNonNull(message, "message");
    }
}
