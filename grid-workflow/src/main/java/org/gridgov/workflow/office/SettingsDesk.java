package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanChange;
import org.gridgov.core.plan.PlanHistory;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.calendar.CalendarChange;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.ModeChange;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Rerouting;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModeSwitch;
import org.gridgov.workflow.mode.NotAuthorisedException;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * The office's state changes behind {@link GridOffice}'s public calls: modes, the admission list,
 * SLA and routing policies, the calendar and the plan revision. Each saves the settings under one
 * lock (a compare-and-set in the store) and then moves the open matters it affects through the
 * office's one change path. Thread-safe.
 */
final class SettingsDesk {
    private final GridOffice office;
    private final Clock clock;
    private final OfficeStore store;
    private final AtomicReference<Policies> policies;
    private final AtomicReference<WorkingCalendar> calendar;
    private final AtomicReference<PlanContext> plan;
    private final AtomicReference<OfficeSettings> settings;
    private final ClockCache slas;
    private final RoleDirectory hostDirectory;
    private final Object settingsLock = new Object();

    SettingsDesk(
            GridOffice office,
            Clock clock,
            OfficeStore store,
            AtomicReference<Policies> policies,
            AtomicReference<WorkingCalendar> calendar,
            AtomicReference<PlanContext> plan,
            AtomicReference<OfficeSettings> settings,
            ClockCache slas,
            RoleDirectory hostDirectory) {
        this.office = office;
        this.clock = clock;
        this.store = store;
        this.policies = policies;
        this.calendar = calendar;
        this.plan = plan;
        this.settings = settings;
        this.slas = slas;
        this.hostDirectory = hostDirectory;
    }

    /** See {@link GridOffice#switchMode}. */
    ModeChange switchMode(AreaCode area, Mode mode, String actor, String reason) {
        requireNonNull(area, "area");
        requireNonNull(mode, "mode");
        Policies p = policies.get();
        if (actor == null || !p.modes().permits(actor, area)) {
            throw new NotAuthorisedException(String.valueOf(actor), area);
        }
        ModeSwitch change = new ModeSwitch(area, mode, actor, clock.instant(), reason);
        saveSettings(s -> s.withModes(s.modes().with(change)));
        List<MatterId> rerouted = new ArrayList<>();
        if (p.modes().reRouteOpenMatters()) {
            for (Matter m : store.openMatters(MatterQuery.open().in(area))) {
                long before = m.version();
                MatterRecord r = office.change(
                        m.id(),
                        -1,
                        null,
                        (cur, now) -> Rerouting.after(
                                        cur,
                                        policies.get().routing(),
                                        office.modeOf(cur.area()),
                                        actor,
                                        now,
                                        mode + ": " + reason)
                                .orElse(null));
                if (r.history().transitions().stream().skip(before).anyMatch(t -> t.action() == Action.REROUTE)) {
                    rerouted.add(m.id());
                }
            }
        }
        return new ModeChange(change, rerouted);
    }

    /** See {@link GridOffice#changeAdmissions}. */
    AdmissionList changeAdmissions(UnaryOperator<AdmissionList> change) {
        requireNonNull(change, "change");
        return saveSettings(s -> s.withAdmissions(requireNonNull(change.apply(s.admissions()), "admissions")))
                .admissions();
    }

    /** See {@link GridOffice#changePolicy}. */
    void changePolicy(SlaPolicy next, String actor, String reason) {
        requireNonNull(next, "policy");
        policies.updateAndGet(p -> p.withSla(next));
        saveSettings(s -> s.with(new PolicyChange("sla", next.id(), next.version(), actor, clock.instant(), reason)));
        for (Matter m : store.openMatters(MatterQuery.open())) {
            office.change(m.id(), -1, (sla, policy, cal, now) -> sla.retarget(policy, cal, now, reason), null);
        }
    }

    /** See {@link GridOffice#changeRouting}. */
    void changeRouting(RoutingPolicy next, String actor, String reason) {
        requireNonNull(next, "routing");
        policies.updateAndGet(p -> p.withRouting(next));
        saveSettings(
                s -> s.with(new PolicyChange("routing", "routing", next.version(), actor, clock.instant(), reason)));
    }

    /** See {@link GridOffice#changeCalendar}. */
    void changeCalendar(WorkingCalendar next, String actor, String reason) {
        requireNonNull(next, "calendar");
        WorkingCalendar before = calendar.get();
        CalendarChange change = CalendarMoves.of(before, next);
        Set<MatterId> ids = CalendarMoves.affected(office, store, change);
        Instant at = clock.instant();
        CalendarLoad load = new CalendarLoad(at, before, next, actor, reason);
        synchronized (settingsLock) {
            calendar.set(next);
            saveSettings(s -> s.with(new PolicyChange("calendar", next.toString(), 0, actor, at, reason), load));
        }
        for (ClockProblem p : store.clockProblems()) {
            slas.drop(p.matter());
            ids.add(p.matter());
        }
        for (MatterId id : ids) {
            office.change(id, -1, (sla, policy, cal, now) -> sla.recompute(policy, cal, at, reason), null);
        }
    }

    /** See {@link GridOffice#revisePlan}. */
    List<MatterId> revisePlan(PlanHistory history, Roster roster, GridResolver resolver, String actor) {
        requireNonNull(history, "history");
        requireNonNull(roster, "roster");
        requireNonNull(resolver, "resolver");
        GridPlan next = history.current();
        PlanContext old = plan.get();
        if (next.revision() <= old.plan().revision()) {
            throw new InvalidInputException(
                    "plan.revision", "a revision after " + old.plan().revision(), next.revision());
        }
        List<PlanChange> changes = history.changes().stream()
                .filter(c -> c.revision() > old.plan().revision())
                .toList();
        plan.set(PlanContext.of(next, roster, resolver, hostDirectory));
        List<MatterId> moved = new ArrayList<>();
        for (Matter m : store.openMatters(MatterQuery.open())) {
            Optional<Rehoming.Move> move = Rehoming.home(m, changes, next, resolver);
            if (move.isEmpty()) {
                continue;
            }
            Rehoming.Move to = move.get();
            office.change(
                    m.id(),
                    -1,
                    null,
                    (cur, now) -> cur.area().equals(m.area()) ? to.transition(cur, actor, now) : null);
            moved.add(m.id());
        }
        return moved;
    }

    private OfficeSettings saveSettings(UnaryOperator<OfficeSettings> change) {
        synchronized (settingsLock) {
            OfficeSettings next = change.apply(store.settings());
            store.saveSettings(next);
            settings.set(next);
            return next;
        }
    }
}
