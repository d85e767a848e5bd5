package org.gridgov.workflow.office;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

    private final GridOffice office;
    private final Clock clock;
    private final OfficeStore store;
    private final AtomicReference<Policies> policies;
    private final AtomicReference<WorkingCalendar> calendar;
    private final AtomicReference<PlanContext> plan;
    private final ClockCache slas;
    private final MatterLocks locks;
    private final AtomicLong failures;

    BatchDesk(
            GridOffice office,
            OfficeStore store,
            AtomicReference<Policies> policies,
            AtomicReference<WorkingCalendar> calendar,
            AtomicReference<PlanContext> plan,
            ClockCache slas,
            MatterLocks locks,
            AtomicLong failures) {
        this.office = office;
        this.clock = office.clock();
        this.store = store;
        this.policies = policies;
        this.calendar = calendar;
        this.plan = plan;
        this.slas = slas;
        this.locks = locks;
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
        Policies p = policies.get();
        WorkingCalendar cal = calendar.get();
        RoleDirectory directory = plan.get().directory();
        List<MatterChange> changes = new ArrayList<>();
        List<MatterSla> clocks = new ArrayList<>();
        for (MatterRecord rec : store.findAll(ids)) {
            MatterId id = rec.matter().id();
            try {
                locks.with(id, () -> {
                    MatterSla sla = slas.get(rec, p.sla(), cal);
                    Draft d = new Draft(rec.matter());
                    d.fireDue(
                            sla,
                            now,
                            p.sla(),
                            cal,
                            directory,
                            office.modeOf(rec.matter().area()));
                    changes.add(d.change(rec.matter().version(), sla, now));
                    clocks.add(sla);
                    return null;
                });
            } catch (RuntimeException e) {
                slas.drop(id);
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
            stored = store.commitAll(changes);
        } catch (RuntimeException e) {
            changes.forEach(c -> slas.drop(c.after().id()));
            throw e;
        }
        for (int k = 0; k < changes.size(); k++) {
            MatterId id = changes.get(k).after().id();
            if (stored.get(k).isPresent() && stored.get(k).get().state().isOpen()) {
                slas.put(id, clocks.get(k));
                fired += changes.get(k).appended().size();
            } else {
                if (stored.get(k).isPresent()) {
                    fired += changes.get(k).appended().size();
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "another instance moved " + id + " first");
                }
                slas.drop(id);
            }
        }
        return fired;
    }
}
