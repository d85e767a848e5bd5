package org.gridgov.workflow.office;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Timer;

/**
 * The first half of a {@link GridOffice#tick()}: walks the store's due timers in batches and lets
 * the office fire each matter's due steps once per tick (one {@link MatterChange} per matter). A
 * matter another thread is already firing is skipped; a matter another instance moved first is left
 * to it; one matter's failure is counted (in {@link GridOffice#health()}) and does not starve the
 * others. Timers are claimed through {@link OfficeStore#claimDue} under this office's own claimant
 * id with a {@link #LEASE} from the tick's instant, so offices sharing a durable store split the
 * due timers between them and a crashed office's claims return after the lease. Thread-safe.
 */
final class DueFiring {
    private static final System.Logger LOG = System.getLogger(GridOffice.class.getName());
    /**
     * Timers claimed (and their matters fired, one commit) per batch: large, because each batch
     * costs a claim, a read and a commit with its WAL flush on a durable store.
     */
    private static final int BATCH = 1_000;

    /**
     * How long a claim on a due timer or on an outbox run holds (office clock time) before others
     * may take it.
     */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final OfficeStore store;
    private final AtomicLong failures;
    private final Set<MatterId> firing = ConcurrentHashMap.newKeySet();
    private final String claimant;

    /** Firing for an office whose claims go under {@code claimant} (see {@link #newClaimant()}). */
    DueFiring(OfficeStore store, AtomicLong failures, String claimant) {
        this.store = store;
        this.failures = failures;
        this.claimant = claimant;
    }

    /** A fresh claimant id for an office: its claims on timers and on the outbox go under it. */
    static String newClaimant() {
        return "office-" + UUID.randomUUID();
    }

    /**
     * Fires the matters whose timers are due at {@code now}, a claimed batch at a time; {@code fire}
     * commits the due steps of a batch of matters (one change each) and returns how many system
     * entries it appended. Returns the total.
     */
    int fireDue(Instant now, ToIntFunction<List<MatterId>> fire) {
        int fired = 0;
        Set<MatterId> done = null; // most ticks find nothing due: nothing to build
        boolean progress = true;
        Instant leaseUntil = now.plus(LEASE); // one instant for the tick's claims
        while (progress) {
            progress = false;
            List<Timer> claimed = store.claimDue(now, claimant, leaseUntil, BATCH);
            if (claimed.isEmpty()) {
                break;
            }
            if (done == null) {
                done = new LinkedHashSet<>();
            }
            List<MatterId> batch = new ArrayList<>();
            for (Timer t : claimed) {
                if (done.add(t.matter()) && firing.add(t.matter())) {
                    batch.add(t.matter());
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            progress = true;
            try {
                fired += fire.applyAsInt(batch);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                LOG.log(
                        System.Logger.Level.ERROR,
                        "firing the steps of " + batch.size() + " matters failed with "
                                + e.getClass().getName());
            } finally {
                batch.forEach(firing::remove);
            }
        }
        return fired;
    }
}
