package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.whistle.Department;
import org.gridgov.workflow.whistle.DepartmentDirectory;
import org.gridgov.workflow.whistle.Summons;

/**
 * The entries of 网格吹哨、部门报到 (seed 002): a whistle's summonses, the departments' answers, and
 * the no-shows that escalate. Each is a step-carrying entry of the matter's history (policy
 * {@code departments}, the directory's version, the department as role, the check-in deadline as
 * due instant). Stateless.
 */
final class Whistles {
    /** The actor of no-show entries and the escalations they cause. */
    static final String ACTOR = "system:whistle";

    static final String POLICY = "departments";

    private Whistles() {}

    /** One transition to apply and the roles it notifies. */
    record Entry(Transition transition, List<String> roles) {}

    /**
     * The summonses a whistle on {@code m} makes: one per department owning its category, each due
     * to report in within its own limit from {@code now}.
     */
    static List<Entry> summon(
            Matter m,
            MatterHistory history,
            DepartmentDirectory directory,
            WorkingCalendar cal,
            String actor,
            Instant now) {
        Whistle whistle = m.routing().map(Routing::whistle).orElse(Whistle.ROUTINE);
        if (whistle == Whistle.ROUTINE) {
            throw new IllegalTransitionException(
                    m.id(), m.state(), Action.SUMMON, "only a joint or tough whistle summons departments");
        }
        List<Department> called = directory.owning(m.category().code());
        if (called.isEmpty()) {
            throw new InvalidInputException(
                    "departments",
                    "a department in the directory owns the category",
                    m.category().code());
        }
        int round = Summons.of(history).stream().mapToInt(Summons::round).max().orElse(0) + 1;
        List<Entry> out = new ArrayList<>();
        long v = m.version();
        for (Department d : called) {
            Instant due = cal.deadline(now, d.checkInLimit());
            SystemStep step = step("WHISTLE", round, d.id(), directory, d.id(), due);
            String reason = whistle + " whistle summons " + d.id() + " to report in within " + d.checkIn();
            out.add(new Entry(
                    entry(m, ++v, Action.SUMMON, actor, now, reason, step, null, null),
                    d.contacts().isEmpty() ? List.of(d.id()) : d.contacts()));
        }
        return out;
    }

    /** A summoned department's answer: it reports in, or refuses with {@code reason}. */
    static Transition answer(
            Matter m,
            MatterHistory history,
            String department,
            Action action,
            String actor,
            String reason,
            Instant now,
            DepartmentDirectory directory) {
        Summons s = pending(history, department)
                .orElseThrow(() -> new IllegalTransitionException(
                        m.id(), m.state(), action, "the department has no pending summons on this matter"));
        String kind = action == Action.CHECK_IN ? "CHECK_IN" : "DECLINE";
        SystemStep step = step(kind, s.round(), department, directory, department, s.due());
        return entry(m, m.version() + 1, action, actor, now, reason, step, null, null);
    }

    /**
     * The no-shows of {@code m} at {@code now}: for each pending summons past its deadline, a
     * {@link Action#NO_SHOW} and, while the matter can move up, an {@link Action#ESCALATE} to the
     * level its department's no-show role names (or one up) with that role's holder as lead.
     */
    static List<Entry> noShows(
            Matter m,
            MatterHistory history,
            DepartmentDirectory directory,
            RoleDirectory roles,
            Mode mode,
            Instant now) {
        List<Entry> out = new ArrayList<>();
        if (Lifecycle.target(m.state(), Action.NO_SHOW).isPresent()) {
            long v = m.version();
            HandlingLevel level = m.routing().map(Routing::level).orElse(null);
            for (Summons s : Summons.of(history)) {
                if (!s.pending() || s.due().isAfter(now)) {
                    continue;
                }
                String role = directory
                        .get(s.department())
                        .map(Department::noShowEscalatesTo)
                        .orElse("district:office");
                SystemStep step = step("NO_SHOW", s.round(), s.department(), directory, role, s.due());
                String why = s.department() + " did not report in by " + s.due();
                out.add(new Entry(entry(m, ++v, Action.NO_SHOW, ACTOR, now, why, step, null, null), List.of(role)));
                if (level != null && level != HandlingLevel.DISTRICT) {
                    HandlingLevel named = RosterDirectory.levelOf(role);
                    HandlingLevel to = named != null && named.compareTo(level) > 0 ? named : level.up();
                    Routing routing = new Routing(
                            to,
                            "no-show:" + s.department(),
                            mode,
                            m.routing().orElseThrow().policyVersion());
                    List<String> parties = roles.parties(role, m.area());
                    Assignment lead = parties.isEmpty() ? null : Assignment.to(parties.get(0));
                    SystemStep esc =
                            step("NO_SHOW", s.round(), s.department() + "-escalated", directory, role, s.due());
                    out.add(new Entry(entry(m, ++v, Action.ESCALATE, ACTOR, now, why, esc, lead, routing), List.of()));
                    level = to;
                }
            }
        }
        return out;
    }

    static java.util.Optional<Summons> pending(MatterHistory history, String department) {
        return Summons.of(history).stream()
                .filter(s -> s.department().equals(department) && s.pending())
                .reduce((a, b) -> b);
    }

    private static SystemStep step(
            String kind, int round, String dept, DepartmentDirectory directory, String role, Instant due) {
        return new SystemStep(Summons.key(kind, round, dept), POLICY, directory.version(), role, due);
    }

    private static Transition entry(
            Matter m,
            long version,
            Action action,
            String actor,
            Instant now,
            String reason,
            SystemStep step,
            Assignment assignment,
            Routing routing) {
        return new Transition(
                m.id(), version, action, m.state(), m.state(), actor, now, reason, assignment, routing, step, null);
    }
}
