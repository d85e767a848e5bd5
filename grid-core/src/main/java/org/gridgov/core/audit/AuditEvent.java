package org.gridgov.core.audit;

import static java.util.Objects.requireNonNull;

/**
 * What happened, before it is stamped and chained into an {@link AuditEntry}. Every field is an
 * id or a code, never a personal value.
 *
 * @param actor the acting user's opaque id
 * @param action what was done, e.g. {@code READ_RECORD}
 * @param record the opaque id of the record read or changed ({@code -} when the operation spans an
 *     area)
 * @param area the area code the operation concerned
 * @param purpose why
 * @param outcome allowed or refused
 */
public record AuditEvent(String actor, String action, String record, String area, Purpose purpose, Outcome outcome) {
    public AuditEvent {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(record, "record");
        requireNonNull(area, "area");
        requireNonNull(purpose, "purpose");
        requireNonNull(outcome, "outcome");
    }
}
