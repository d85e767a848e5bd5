package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.whistle.DepartmentDirectory;
import org.gridgov.workflow.whistle.Summons;

/**
 * The whistle's side of {@link GridOffice} (网格吹哨、部门报到): summonses, the departments' answers and
 * the no-shows found at each tick, each recorded through the office's one change path; the
 * entries themselves are built by {@link Whistles}, the check-in deadlines kept by
 * {@link CheckInWatch}. Thread-safe.
 */
final class SummonsDesk {
    private static final System.Logger LOG = System.getLogger(GridOffice.class.getName());

    private final GridOffice office;
    private final OfficeStore store;
    private final DepartmentDirectory departments;
    private final AtomicReference<WorkingCalendar> calendar;
    private final AtomicReference<PlanContext> plan;
    private final AtomicLong tickFailures;
    private final CheckInWatch checkIns = new CheckInWatch();

    SummonsDesk(
            GridOffice office,
            OfficeStore store,
            DepartmentDirectory departments,
            AtomicReference<WorkingCalendar> calendar,
            AtomicReference<PlanContext> plan,
            AtomicLong tickFailures) {
        this.office = office;
        this.store = store;
        this.departments = departments;
        this.calendar = calendar;
        this.plan = plan;
        this.tickFailures = tickFailures;
    }

    /** See {@link GridOffice#summon}. */
    List<Summons> summon(MatterId id, String actor) {
        requireNonNull(actor, "actor");
        MatterRecord r = office.changeEntries(id, -1, null, (m, h, now) -> {
            if (Lifecycle.target(m.state(), Action.SUMMON).isEmpty()) {
                throw new IllegalTransitionException(m.id(), m.state(), Action.SUMMON, "the matter is not open");
            }
            return Whistles.summon(m, h, departments, calendar.get(), actor, now);
        });
        List<Summons> all = Summons.of(r.history());
        checkIns.watch(id, all);
        int round = all.get(all.size() - 1).round();
        return all.stream().filter(s -> s.round() == round).toList();
    }

    /** A department's answer to its pending summons, recorded by {@code actor}. */
    Matter answer(MatterId id, String department, Action action, String actor, String reason) {
        requireNonNull(department, "department");
        requireNonNull(actor, "actor");
        return office.changeEntries(
                        id,
                        -1,
                        null,
                        (m, h, now) -> List.of(new Whistles.Entry(
                                Whistles.answer(m, h, department, action, actor, reason, now, departments), List.of())))
                .matter();
    }

    /** Records the no-shows whose check-in deadline passed; returns the entries added. */
    int fireNoShows(Instant now) {
        int fired = 0;
        for (MatterId id : checkIns.takeDue(now, store)) {
            try {
                long before = office.matter(id).version();
                fired += (int) (office.changeEntries(
                                        id,
                                        -1,
                                        null,
                                        (m, h, at) -> Whistles.noShows(
                                                m, h, departments, plan.get().directory(), office.modeOf(m.area()), at))
                                .matter()
                                .version()
                        - before);
            } catch (RuntimeException e) {
                tickFailures.incrementAndGet();
                LOG.log(
                        System.Logger.Level.ERROR,
                        "recording the no-shows of " + id + " failed with "
                                + e.getClass().getName());
            }
        }
        return fired;
    }
}
