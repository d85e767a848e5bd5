package org.gridgov.workflow.office;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.gridgov.workflow.engine.StaleVersionException;
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
    private static final int BATCH = 256;

    /** How long a claim on a due timer holds (office clock time) before others may take it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final OfficeStore store;
    private final AtomicLong failures;
    private final Set<MatterId> firing = ConcurrentHashMap.newKeySet();
    private final String claimant = "office-" + UUID.randomUUID();

    DueFiring(OfficeStore store, AtomicLong failures) {
        this.store = store;
        this.failures = failures;
    }

    /**
     * Fires the matters whose timers are due at {@code now}; {@code fire} commits one matter's due
     * steps and returns its version after. Returns how many system entries were appended.
     */
    int fireDue(Instant now, ToLongFunction<MatterId> fire) {
        int fired = 0;
        Set<MatterId> done = new LinkedHashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Timer t : store.claimDue(now, claimant, now.plus(LEASE), BATCH)) {
                if (done.add(t.matter()) && firing.add(t.matter())) {
                    progress = true;
                    try {
                        long before = store.find(t.matter())
                                .map(r -> r.matter().version())
                                .orElse(0L);
                        fired += (int) (fire.applyAsLong(t.matter()) - before);
                    } catch (StaleVersionException e) {
                        LOG.log(System.Logger.Level.DEBUG, "another instance moved " + t.matter() + " first");
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        LOG.log(
                                System.Logger.Level.ERROR,
                                "firing the steps of " + t.matter() + " failed with "
                                        + e.getClass().getName());
                    } finally {
                        firing.remove(t.matter());
                    }
                }
            }
        }
        return fired;
    }
}
