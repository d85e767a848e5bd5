package org.gridgov.workflow.office;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.MatterSla;

/**
 * The office's batched firing: the due steps of many matters fired in a tick as one
 * {@link OfficeStore#commitAll} (one transaction on the JDBC store; many reports taken in at once
 * are {@link IntakeDesk}'s). Every matter's change is still its own atomic {@link MatterChange}, built
 * as the one-by-one path builds it; a refused report or a matter another instance moved first is
 * left out and never holds back the others. Thread-safe.
 */
final class BatchDesk {
    private static final System.Logger LOG = System.getLogger(GridOffice.class.getName());

    private final Clock clock;
    private final AtomicLong failures;

    private final OfficeParts parts;

    BatchDesk(OfficeParts parts, AtomicLong failures) {
        this.parts = parts;
        this.clock = parts.office().clock();
        this.failures = failures;
    }

    /**
     * Fires the steps due at {@code now} of the matters named (each at most once), one change per
     * matter, all committed in one batch. A matter whose change cannot be built is counted as a
     * failed tick and left out; one another instance moved first is left to it.
     *
     * @return the system entries appended
     */
    int fireAll(List<MatterId> ids, Instant now) {
        Policies p = parts.policies().get();
        WorkingCalendar cal = parts.calendar().get();
        List<MatterChange> changes = new ArrayList<>();
        List<MatterSla> clocks = new ArrayList<>();
        for (MatterRecord rec : parts.store().findAll(ids)) {
            MatterId id = rec.matter().id();
            try {
                parts.locks().with(id, () -> {
                    MatterSla sla = parts.slas().get(rec, p.sla(), cal);
                    Draft d = parts.firedAt(rec.matter(), sla, now, p, cal);
                    changes.add(d.change(rec.matter().version(), sla, now));
                    clocks.add(sla);
                    return null;
                });
            } catch (RuntimeException e) {
                parts.slas().drop(id);
                failures.incrementAndGet();
                LOG.log(
                        System.Logger.Level.ERROR,
                        "firing the steps of " + id + " failed with "
                                + e.getClass().getName());
            }
        }
        int fired = 0;
        List<Optional<Matter>> stored;
        try {
            stored = parts.store().commitAll(changes);
        } catch (RuntimeException e) {
            changes.forEach(c -> parts.slas().drop(c.after().id()));
            throw e;
        }
        for (int k = 0; k < changes.size(); k++) {
            MatterId id = changes.get(k).after().id();
            if (stored.get(k).isPresent() && stored.get(k).get().state().isOpen()) {
                parts.slas().put(id, clocks.get(k));
                fired += changes.get(k).appended().size();
            } else {
                if (stored.get(k).isPresent()) {
                    fired += changes.get(k).appended().size();
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "another instance moved " + id + " first");
                }
                parts.slas().drop(id);
            }
        }
        return fired;
    }
}
