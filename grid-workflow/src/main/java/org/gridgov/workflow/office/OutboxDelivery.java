package org.gridgov.workflow.office;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Delivers a store's outbox to the host's listeners: each matter's undelivered events, oldest first,
 * to every listener, in order ({@link OfficeStore#claimDeliverable}: a matter's run in one call;
 * after a failed entry the rest of its run waits for the retry); a failure is recorded in the store
 * with its retry instant, an exponential backoff from the injected clock's instant. The entries of a
 * batch delivered are marked in one {@link OfficeStore#deliveredAll} after it (one transaction on
 * the JDBC store): if the office dies before that, they are delivered again (delivery is at least
 * once). Runs are claimed under the office's claimant id with a lease from the tick's instant (the
 * timers' claimant and {@link DueFiring#LEASE}), so offices sharing a durable store deliver each
 * event to one office's listeners; a crashed office's claimed events are delivered by another once
 * its lease has run out. Thread-safe if the store is.
 */
final class OutboxDelivery {
    private static final System.Logger LOG = System.getLogger(OutboxDelivery.class.getName());
    /** Entries per batch (runs of matters): each batch costs a read and a commit on a durable store. */
    private static final int BATCH = 1_000;

    private final OfficeStore store;
    private final List<OfficeListener> listeners;
    private final String claimant;
    private final Duration lease;
    private final Duration initial;
    private final Duration max;

    OutboxDelivery(
            OfficeStore store,
            List<OfficeListener> listeners,
            String claimant,
            Duration lease,
            Duration initial,
            Duration max) {
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.claimant = claimant;
        this.lease = lease;
        this.initial = initial;
        this.max = max;
    }

    /** Delivers what may be delivered at {@code now}; returns {delivered, failed}. */
    int[] deliver(Instant now) {
        int delivered = 0;
        int failed = 0;
        List<OutboxEntry> batch;
        Instant leaseUntil = now.plus(lease); // one instant for the tick's claims
        while (!(batch = store.claimDeliverable(now, claimant, leaseUntil, BATCH)).isEmpty()) {
            List<Long> done = null; // the sequences delivered, listed once an entry is not
            Set<Object> halted = null; // matters whose run stopped at a failure in this batch
            for (int i = 0; i < batch.size(); i++) {
                OutboxEntry e = batch.get(i);
                if (halted != null && halted.contains(e.event().orderKey())) {
                    continue; // after its failed entry: keep the order, wait for the retry
                }
                try {
                    for (int k = 0; k < listeners.size(); k++) {
                        listeners.get(k).deliver(e.event());
                    }
                    if (done != null) {
                        done.add(e.sequence());
                    }
                } catch (RuntimeException ex) {
                    if (done == null) {
                        done = new ArrayList<>(batch.size());
                        for (int j = 0; j < i; j++) {
                            done.add(batch.get(j).sequence()); // all delivered so far: this is the first failure
                        }
                    }
                    Duration wait = backoff(e.attempts() + 1);
                    store.failed(e.sequence(), now.plus(wait));
                    failed++;
                    if (halted == null) {
                        halted = new HashSet<>();
                    }
                    halted.add(e.event().orderKey());
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
            // nothing after a matter's failed entry was delivered: marking together keeps its order
            List<Long> marked = done != null ? done : new Sequences(batch); // all delivered: no boxed copy
            store.deliveredAll(marked);
            delivered += marked.size();
        }
        return new int[] {delivered, failed};
    }

    /** The sequences of a batch delivered whole, as the store's {@link OfficeStore#deliveredAll} takes them. */
    private static final class Sequences extends AbstractList<Long> {
        private final List<OutboxEntry> entries;

        Sequences(List<OutboxEntry> entries) {
            this.entries = entries;
        }

        @Override
        public Long get(int index) {
            return entries.get(index).sequence();
        }

        @Override
        public int size() {
            return entries.size();
        }
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
