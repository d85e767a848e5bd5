package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;
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
import org.gridgov.workflow.matter.OnTheSpotFix;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.sla.MatterSla;

/**
 * The office's intake: one report ({@link GridOffice#report}, {@link GridOffice#fixOnTheSpot}) or
 * many in one {@link OfficeStore#commitAll} ({@link GridOffice#reportAll}), through the same checks
 * (taxonomy, plan, admission gate) and the same first change (the REPORT transition with its clocks
 * folded). Thread-safe.
 */
final class IntakeDesk {
    private final Clock clock;
    private final Today today;
    private final DutyCatalogue catalogue;

    private final OfficeParts parts;

    IntakeDesk(OfficeParts parts, DutyCatalogue catalogue) {
        this.parts = parts;
        this.clock = parts.office().clock();
        this.today = new Today(clock);
        this.catalogue = catalogue;
    }

    /** A report that passed the intake checks, waiting for its id. */
    private record Admitted(int index, MatterReport report, Category category, AreaCode area, String record) {}

    /** A new matter's first change, before it is stored, and its clocks. */
    private record Created(Draft draft, MatterSla sla) {}

    Matter report(MatterReport report, String receiver, List<String> evidence) {
        requireNonNull(report, "report");
        Transition.requireReceiver(receiver); // refused before an idempotent repeat is answered
        Optional<String> external = report.externalId(); // most reports carry none: no store call, no lambda
        Optional<MatterId> known = external.isPresent() ? parts.store().byExternalId(external.get()) : Optional.empty();
        if (known.isPresent()) {
            return parts.office().matter(known.get());
        }
        Policies p = parts.policies().get();
        Admitted a = admit(0, report, p, parts.plan().get());
        MatterId id = parts.store().nextId();
        Instant now = clock.instant();
        Lock lock = parts.locks().acquire(id);
        try {
            return created(a, id, receiver, evidence, now, p);
        } finally {
            lock.unlock();
        }
    }

    /** The new matter's first change, committed under its lock. */
    private Matter created(Admitted a, MatterId id, String receiver, List<String> evidence, Instant now, Policies p) {
        Created c = create(a, id, receiver, now, p, parts.calendar().get());
        if (evidence != null) {
            c.draft()
                    .apply(
                            new OnTheSpotFix(id, receiver, now, evidence).transition(2),
                            c.sla(),
                            p.sla(),
                            parts.calendar().get());
            if (!c.sla().timers().isEmpty() || c.sla().due().isPresent()) {
                throw new InvalidInputException(
                        "sla.clocks",
                        "every clock stops on FIX_ON_THE_SPOT",
                        p.sla().id());
            }
        }
        MatterRecord stored = parts.store().commit(c.draft().change(0, c.sla(), now));
        if (stored.matter().id().equals(id) && stored.matter().state().isOpen()) {
            parts.slas().put(id, c.sla());
        }
        return stored.matter();
    }

    List<Intake> reportAll(List<MatterReport> reports, String receiver) {
        requireNonNull(reports, "reports");
        Transition.requireReceiver(receiver);
        Policies p = parts.policies().get();
        PlanContext pc = parts.plan().get();
        Intake[] out = new Intake[reports.size()];
        List<Admitted> admitted = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            MatterReport report = requireNonNull(reports.get(i), "reports[" + i + "]");
            try {
                Optional<MatterId> known = report.externalId().flatMap(parts.store()::byExternalId);
                if (known.isPresent()) {
                    out[i] = new Intake(i, parts.office().matter(known.get()), null);
                    continue;
                }
                admitted.add(admit(i, report, p, pc));
            } catch (GridException e) {
                out[i] = new Intake(i, null, e);
            }
        }
        List<MatterId> ids = parts.store().nextIds(admitted.size());
        Instant now = clock.instant();
        WorkingCalendar cal = parts.calendar().get();
        List<MatterChange> changes = new ArrayList<>();
        List<MatterSla> clocks = new ArrayList<>();
        for (int k = 0; k < admitted.size(); k++) {
            Created c = create(admitted.get(k), ids.get(k), receiver, now, p, cal);
            changes.add(c.draft().change(0, c.sla(), now));
            clocks.add(c.sla());
        }
        List<Optional<Matter>> stored = parts.store().commitAll(changes);
        for (int k = 0; k < admitted.size(); k++) {
            int i = admitted.get(k).index();
            MatterId id = ids.get(k);
            Optional<Matter> m = stored.get(k);
            if (m.isEmpty()) { // the id was taken: cannot happen with the store's own ids
                out[i] = new Intake(i, null, new StaleVersionException(id, 0, -1));
                continue;
            }
            if (m.get().id().equals(id) && m.get().state().isOpen()) {
                parts.slas().put(id, clocks.get(k));
            }
            out[i] = new Intake(i, m.get(), null);
        }
        return List.of(out);
    }

    /** The intake checks: a known category, an active area of the plan, the admission gate. */
    private Admitted admit(int index, MatterReport report, Policies p, PlanContext pc) {
        Category category = p.taxonomy().get(report.category());
        AreaCode area = pc.check(
                report.location().areaCode().isPresent() ? "location.area" : "location",
                report.location().resolve(pc.resolver()));
        AdmissionDecision admission =
                AdmissionGate.admit(catalogue, parts.office().admissions(), report, category, area, today.date());
        return new Admitted(index, report, category, area, report.department().isPresent() ? admission.record() : "");
    }

    /** The REPORT transition of a new matter and its clocks folded over it. */
    private Created create(Admitted a, MatterId id, String receiver, Instant now, Policies p, WorkingCalendar cal) {
        Transition reported = Transition.reported(id, receiver, now, a.record());
        MatterSla sla = parts.slas()
                .fresh(
                        id,
                        a.category().code(),
                        a.report().severity(),
                        a.report().channel().name());
        Draft d = Draft.created(Lifecycle.start(a.report(), a.area(), a.category(), reported), reported);
        sla.fold(reported, p.sla(), cal);
        return new Created(d, sla);
    }
}
