package org.gridgov.examples.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.staff.Role;
import org.gridgov.workflow.calendar.CalendarRangeException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.time.WorkingTime;

/**
 * The grid workers, communities and departments of a simulated district: what each does next
 * with a matter, and when. A decision depends only on the seed, the matter and how many people
 * have acted on it, and its time counts from the last step a person (or an escalation) took, so a
 * warning or a card in between changes nothing and a resumed run decides the same.
 *
 * <p>Most matters move briskly through the loop in office hours. Some are neglected by their grid
 * (12%): nobody acts after dispatch until the SLA ladder escalates them, then the street takes 1-6
 * working days. Some are registered late (4%), returned once (6%), suspended once (3%) or sent
 * back for rework (10%); only routine matters are suspended.
 */
final class Staff {
    private final long seed;
    private final SampleDistrict district;

    Staff(long seed, SampleDistrict district) {
        this.seed = seed;
        this.district = district;
    }

    /** A command and the instant it is given. */
    record Move(Instant at, Command command) {}

    /** The matter's profile: which of the simulation's habits apply to it. */
    private record Profile(
            boolean neglected, boolean lateRegistration, boolean returns, boolean suspends, boolean rework) {}

    /** The next move on an open matter, or empty when nobody will act (a neglected matter before escalation). */
    Optional<Move> next(Matter m, MatterHistory history) {
        Profile p = profile(m);
        List<Transition> steps = history.transitions();
        Transition base = steps.get(0);
        int decisions = 0;
        boolean returned = false;
        boolean suspended = false;
        boolean reworked = false;
        for (Transition t : steps) {
            if (!t.action().systemOnly()) {
                base = t;
                decisions++;
            }
            returned |= t.action() == Action.RETURN;
            suspended |= t.action() == Action.SUSPEND;
            reworked |= t.action() == Action.REWORK;
        }
        SplittableRandom r = Seeds.random(seed, "staff", m.id().toString(), decisions);
        Instant from = base.at();
        boolean atGridLevel =
                m.routing().map(x -> x.level() == HandlingLevel.GRID).orElse(true);
        // a joint or tough matter is not suspended: under the 7-working-day cap that needs a
        // district approval, which the simulated staff do not seek
        boolean routine = m.routing().map(x -> x.whistle() == Whistle.ROUTINE).orElse(true);
        String lead = m.responsibility().lead() != null
                ? m.responsibility().lead()
                : m.responsibility().owner();
        String community = "community:" + m.area().parent();
        switch (m.state()) {
            case REPORTED:
                Duration wait = p.lateRegistration()
                        ? Duration.ofMinutes(240 + r.nextInt(1560))
                        : Duration.ofMinutes(10 + r.nextInt(140));
                return move(
                        from.plus(wait),
                        Command.on(m, Action.REGISTER, m.responsibility().firstAsked()));
            case REGISTERED:
                return move(
                        working(from, 10 + r.nextInt(80)),
                        Command.on(m, Action.DISPATCH, community).assigning(Assignment.to(worker(m.area()))));
            case RETURNED:
                return move(
                        working(from, 30 + r.nextInt(90)),
                        Command.on(m, Action.DISPATCH, community).assigning(redispatch(m.area())));
            case DISPATCHED:
                if (p.neglected() && atGridLevel) {
                    return Optional.empty();
                }
                if (p.returns() && !returned && atGridLevel) {
                    return move(
                            working(from, 20 + r.nextInt(100)),
                            Command.on(m, Action.RETURN, lead).because("不属于本网格职责, 请重新派遣"));
                }
                return move(working(from, 10 + r.nextInt(230)), Command.on(m, Action.ACCEPT, lead));
            case ACCEPTED:
                if (p.neglected() && atGridLevel) {
                    return Optional.empty();
                }
                return move(working(from, 10 + r.nextInt(110)), Command.on(m, Action.START, lead));
            case IN_PROGRESS:
                if (p.neglected() && atGridLevel) {
                    return Optional.empty();
                }
                if (p.suspends() && !suspended && routine) {
                    return move(
                            working(from, 30 + r.nextInt(240)),
                            Command.on(m, Action.SUSPEND, lead).because("等待产权单位答复"));
                }
                return move(
                        working(from, handlingMinutes(r, p.neglected())),
                        Command.on(m, Action.RESOLVE, lead).because("已处理"));
            case SUSPENDED:
                return move(working(from, 480 + r.nextInt(960)), Command.on(m, Action.RESUME, lead));
            case RESOLVED:
                if (p.rework() && !reworked) {
                    return move(
                            working(from, 30 + r.nextInt(450)),
                            Command.on(m, Action.REWORK, community).because("现场核查未完成"));
                }
                return move(working(from, 30 + r.nextInt(450)), Command.on(m, Action.VERIFY, community));
            case VERIFIED:
                return move(working(from, 10 + r.nextInt(50)), Command.on(m, Action.CLOSE, community));
            default:
                return Optional.empty();
        }
    }

    /** After a return, the grid head leads with the worker as co-handler (the head alone where they are one). */
    private Assignment redispatch(AreaCode grid) {
        String head = head(grid);
        String worker = worker(grid);
        return head.equals(worker) ? Assignment.to(head) : Assignment.to(head, worker);
    }

    /** Working minutes to handle a matter: mostly hours, some days, a few past the 5-day limit. */
    private static int handlingMinutes(SplittableRandom r, boolean afterNeglect) {
        int day = 480;
        if (afterNeglect) {
            return day + r.nextInt(5 * day);
        }
        double x = r.nextDouble();
        return x < 0.6 ? 60 + r.nextInt(7 * 60) : x < 0.9 ? day + r.nextInt(3 * day) : 4 * day + r.nextInt(3 * day);
    }

    private Profile profile(Matter m) {
        SplittableRandom r = Seeds.random(seed, "profile", m.id().toString(), 0);
        double x = r.nextDouble();
        return new Profile(
                x < 0.12, x >= 0.12 && x < 0.16, r.nextDouble() < 0.06, r.nextDouble() < 0.03, r.nextDouble() < 0.10);
    }

    private Instant working(Instant from, int minutes) {
        try {
            return district.calendar().deadline(from, WorkingTime.ofMinutes(minutes));
        } catch (CalendarRangeException e) {
            return from.plus(Duration.ofMinutes(minutes));
        }
    }

    /** The grid's full-time worker, or its head where the post is vacant. */
    String worker(AreaCode grid) {
        return person(grid, Role.FULL_TIME_WORKER).orElseGet(() -> head(grid));
    }

    private String head(AreaCode grid) {
        return person(grid, Role.GRID_HEAD)
                .or(() -> district.roster().postingsIn(grid).stream()
                        .map(org.gridgov.core.staff.Posting::person)
                        .findFirst())
                .orElseThrow(() -> new InvalidInputException(
                        "roster", "every grid of a simulated district has someone on the roster", grid));
    }

    private Optional<String> person(AreaCode grid, Role role) {
        return district.postHolder(grid, role);
    }

    private static Optional<Move> move(Instant at, Command command) {
        return Optional.of(new Move(at, command));
    }
}
