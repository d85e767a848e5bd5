package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.core.GridException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.workflow.admission.AdmissionDecision;
import org.gridgov.workflow.admission.AdmissionGate;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.sla.MatterSla;

/**
 * The office's batched work, each batch one {@link OfficeStore#commitAll} (one transaction on the
 * JDBC store): many reports taken in ({@link GridOffice#reportAll}), and the due steps of many
 * matters fired in a tick. Every matter's change is still its own atomic {@link MatterChange}, built
 * as the one-by-one path builds it; a refused report or a matter another instance moved first is
 * left out and never holds back the others. Thread-safe.
 */
final class BatchDesk {
    private static final System.Logger LOG = System.getLogger(GridOffice.class.getName());

    private final GridOffice office;
    private final Clock clock;
    private final OfficeStore store;
    private final DutyCatalogue catalogue;
    private final AtomicReference<Policies> policies;
    private final AtomicReference<WorkingCalendar> calendar;
    private final AtomicReference<PlanContext> plan;
    private final ClockCache slas;
    private final MatterLocks locks;
    private final AtomicLong failures;

    BatchDesk(
            GridOffice office,
            OfficeStore store,
            DutyCatalogue catalogue,
            AtomicReference<Policies> policies,
            AtomicReference<WorkingCalendar> calendar,
            AtomicReference<PlanContext> plan,
            ClockCache slas,
            MatterLocks locks,
            AtomicLong failures) {
        this.office = office;
        this.clock = office.clock();
        this.store = store;
        this.catalogue = catalogue;
        this.policies = policies;
        this.calendar = calendar;
        this.plan = plan;
        this.slas = slas;
        this.locks = locks;
        this.failures = failures;
    }

    /** A report that passed the intake checks, waiting for its id. */
    private record Admitted(int index, MatterReport report, Category category, AreaCode area, String record) {}

    List<Intake> reportAll(List<MatterReport> reports, String receiver) {
        requireNonNull(reports, "reports");
        Transition.requireReceiver(receiver);
        Policies p = policies.get();
        PlanContext pc = plan.get();
        Intake[] out = new Intake[reports.size()];
        List<Admitted> admitted = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            MatterReport report = requireNonNull(reports.get(i), "reports[" + i + "]");
            try {
                Optional<MatterId> known = report.externalId().flatMap(store::byExternalId);
                if (known.isPresent()) {
                    out[i] = new Intake(i, office.matter(known.get()), null);
                    continue;
                }
                Category category = p.taxonomy().get(report.category());
                AreaCode area = pc.check(
                        report.location().areaCode().isPresent() ? "location.area" : "location",
                        report.location().resolve(pc.resolver()));
                AdmissionDecision admission = AdmissionGate.admit(
                        catalogue, office.admissions(), report, category, area, LocalDate.now(clock));
                admitted.add(new Admitted(
                        i, report, category, area, report.department().isPresent() ? admission.record() : ""));
            } catch (GridException e) {
                out[i] = new Intake(i, null, e);
            }
        }
        List<MatterId> ids = store.nextIds(admitted.size());
        Instant now = clock.instant();
        WorkingCalendar cal = calendar.get();
        List<MatterChange> changes = new ArrayList<>();
        List<MatterSla> clocks = new ArrayList<>();
        for (int k = 0; k < admitted.size(); k++) {
            Admitted a = admitted.get(k);
            MatterId id = ids.get(k);
            Transition reported = Transition.reported(id, receiver, now, a.record());
            MatterSla sla = slas.fresh(
                    id,
                    a.category().code(),
                    a.report().severity(),
                    a.report().channel().name());
            Draft d = Draft.created(Lifecycle.start(a.report(), a.area(), a.category(), reported), reported);
            sla.fold(reported, p.sla(), cal);
            changes.add(d.change(0, sla, now));
            clocks.add(sla);
        }
        List<Optional<Matter>> stored = store.commitAll(changes);
        for (int k = 0; k < admitted.size(); k++) {
            int i = admitted.get(k).index();
            MatterId id = ids.get(k);
            Optional<Matter> m = stored.get(k);
            if (m.isEmpty()) { // the id was taken: cannot happen with the store's own ids
                out[i] = new Intake(i, null, new StaleVersionException(id, 0, -1));
                continue;
            }
            if (m.get().id().equals(id) && m.get().state().isOpen()) {
                slas.put(id, clocks.get(k));
            }
            out[i] = new Intake(i, m.get(), null);
        }
        return List.of(out);
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
