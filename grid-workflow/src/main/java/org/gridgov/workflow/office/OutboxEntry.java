package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An event waiting in the outbox: its sequence (store-wide, ascending in commit order), the event,
 * how many deliveries failed and when the next may be tried. Immutable.
 *
 * @param sequence the store's sequence number, from 1
 * @param event the event
 * @param attempts failed deliveries so far
 * @param notBefore the earliest instant of the next delivery
 */
public record OutboxEntry(long sequence, OfficeEvent event, int attempts, Instant notBefore) {

    /** Checks the parts. */
    public OutboxEntry {
        requireNonNull(event, "event");
        requireNonNull(notBefore, "notBefore");
    }
}
