package org.gridgov.workflow.office;

import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.mode.Authority;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;

/**
 * A seeded run of the district's office on a given store, leaving in it what a real office leaves:
 * matters in every state with their histories (SLA system entries, cards, escalations), pending
 * timers, undelivered outbox events, a mode switch with its re-routings and a calendar put in force.
 * The same seed on two stores makes the same calls; tests compare what the stores hold.
 */
final class BusyDistrict {
    static final Policies POLICIES = Policies.defaults()
            .withModes(new ModePolicy(List.of(new Authority(HEJIANONG_COMMUNITY.parent(), Set.of("street-1"))), true));

    /** The calendar the run puts in force halfway: China with office hours. */
    static final WorkingCalendar OFFICE_HOURS =
            WorkingCalendar.china().withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));

    private BusyDistrict() {}

    /** An office on {@code store} with the district's policies. */
    static GridOffice office(ManualClock clock, OfficeStore store) {
        return District.office(clock).policies(POLICIES).store(store).build();
    }

    /** Runs {@code steps} random calls of seed {@code seed}; returns the matters reported. */
    static List<MatterId> run(GridOffice office, ManualClock clock, long seed, int steps) {
        Random random = new Random(seed);
        List<AreaCode> grids = List.of(GRID_1, GRID_2, District.GRID_3);
        List<MatterId> ids = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int k = random.nextInt(100);
            if (k < 15 || ids.isEmpty()) {
                AreaCode grid = grids.get(random.nextInt(grids.size()));
                ids.add(office.report(District.sewage(grid), pick(random, District.WORKERS))
                        .id());
            } else if (k < 75) {
                act(office, ids.get(random.nextInt(ids.size())), random);
            } else if (k < 88) {
                clock.advance(Duration.ofMinutes(random.nextInt(2 * 24 * 60)));
            } else if (k < 99) {
                office.tick();
            } else {
                Mode mode = office.modeOf(GRID_1) == Mode.NORMAL ? Mode.EMERGENCY : Mode.NORMAL;
                office.switchMode(HEJIANONG_COMMUNITY, mode, "street-1", "防汛 drill " + step);
            }
            if (step == steps / 2) {
                office.changeCalendar(OFFICE_HOURS, "admin-1", "office hours from step " + step);
            }
        }
        return ids;
    }

    private static void act(GridOffice office, MatterId id, Random random) {
        Matter m = office.matter(id);
        List<Action> allowed = new ArrayList<>(Lifecycle.allowed(m.state()));
        allowed.remove(Action.REROUTE);
        if (allowed.isEmpty()) {
            return;
        }
        Action action = allowed.get(random.nextInt(allowed.size()));
        Command c = Command.on(m, action, pick(random, District.WORKERS)).because("random " + action);
        if (action == Action.DISPATCH || action == Action.DESIGNATE || action == Action.HAND_OVER) {
            c = c.assigning(Assignment.to(pick(random, District.WORKERS)));
        }
        try {
            office.handle(c);
        } catch (IllegalTransitionException | InvalidInputException e) {
            // the lifecycle refused: nothing was committed
        }
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
