package org.gridgov.workflow.office;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers a store's outbox to the host's listeners: each matter's oldest undelivered event, to
 * every listener, in order; a failure is recorded in the store with its retry instant, an
 * exponential backoff from the injected clock's instant. The entries of a batch delivered are marked
 * in one {@link OfficeStore#deliveredAll} after it (one transaction on the JDBC store): if the office
 * dies before that, they are delivered again (delivery is at least once). Thread-safe if the store is.
 */
final class OutboxDelivery {
    private static final System.Logger LOG = System.getLogger(OutboxDelivery.class.getName());
    /** Entries per batch (one per matter): each batch costs a read and a commit on a durable store. */
    private static final int BATCH = 1_000;

    private final OfficeStore store;
    private final List<OfficeListener> listeners;
    private final Duration initial;
    private final Duration max;

    OutboxDelivery(OfficeStore store, List<OfficeListener> listeners, Duration initial, Duration max) {
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.initial = initial;
        this.max = max;
    }

    /** Delivers what may be delivered at {@code now}; returns {delivered, failed}. */
    int[] deliver(Instant now) {
        int delivered = 0;
        int failed = 0;
        List<OutboxEntry> batch;
        while (!(batch = store.deliverable(now, BATCH)).isEmpty()) {
            List<Long> done = new ArrayList<>(batch.size());
            for (OutboxEntry e : batch) {
                try {
                    for (OfficeListener l : listeners) {
                        l.deliver(e.event());
                    }
                    done.add(e.sequence());
                } catch (RuntimeException ex) {
                    Duration wait = backoff(e.attempts() + 1);
                    store.failed(e.sequence(), now.plus(wait));
                    failed++;
                    // the exception's message may quote personal data from the host: name its class only
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "delivery of outbox entry " + e.sequence() + " ("
                                    + (e.event().matter() == null
                                            ? e.event().kind()
                                            : e.event().matter()) + " v"
                                    + e.event().version() + ") failed with "
                                    + ex.getClass().getName()
                                    + "; retried after " + wait);
                }
            }
            // a batch holds one entry per matter: marking them together keeps each matter's order
            store.deliveredAll(done);
            delivered += done.size();
        }
        return new int[] {delivered, failed};
    }

    /** The wait after {@code failures} failed deliveries: initial x 2^(failures-1), at most max. */
    Duration backoff(int failures) {
        Duration d = initial;
        for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
