package org.gridgov.workflow.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.VisitOutcome;

/**
 * A seeded random district's year of matters and visits: Jingkou (321102) with {@code streets}
 * streets of {@code communities} communities of {@code grids} grids, one worker per grid. Each
 * matter walks the closed loop as the office writes it; some are sent back to work, extended,
 * escalated, breach the 5-working-day resolution clock and get cards, are left open, or are
 * reopened; closed ones get a return visit.
 */
final class RandomDistrict {
    static final AreaCode JINGKOU = AreaCode.parse("321102");
    static final Instant YEAR = OffsetDateTime.parse("2026-01-01T00:00+08:00").toInstant();
    static final String[] CATEGORIES = {"sanitation", "dispute", "safety-hazard", "livelihood"};

    final List<AreaCode> grids = new ArrayList<>();
    private final Random random;
    private int next;

    RandomDistrict(long seed, int streets, int communities, int grids) {
        this.random = new Random(seed);
        for (int s = 1; s <= streets; s++) {
            for (int c = 1; c <= communities; c++) {
                for (int g = 1; g <= grids; g++) {
                    this.grids.add(JINGKOU.child(s).child(c).child(g));
                }
            }
        }
    }

    static String worker(AreaCode grid) {
        return "gw-" + grid;
    }

    List<HistoryRecord> matters(int n) {
        List<HistoryRecord> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(matter());
        }
        return all;
    }

    HistoryRecord matter() {
        AreaCode grid = grids.get(random.nextInt(grids.size()));
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        Instant at = YEAR.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        List<HistoryEntry> h = new ArrayList<>();
        State s = add(h, Action.REPORT, "resident-desk", at, null, State.REPORTED, null, null, null);
        if (random.nextInt(20) == 0) {
            add(h, Action.REJECT, "disp-1", at = later(at), s, State.REJECTED, null, null, null);
            return new HistoryRecord("M-" + next++, grid, category, h);
        }
        HandlingLevel level = random.nextInt(8) == 0 ? HandlingLevel.COMMUNITY : HandlingLevel.GRID;
        s = add(h, Action.REGISTER, "disp-1", at = later(at), s, State.REGISTERED, level, null, null);
        s = add(h, Action.DISPATCH, "disp-1", at = later(at), s, State.DISPATCHED, null, worker(grid), null);
        s = add(h, Action.ACCEPT, worker(grid), at = later(at), s, State.ACCEPTED, null, null, null);
        s = add(h, Action.START, worker(grid), at = later(at), s, State.IN_PROGRESS, null, null, null);
        if (random.nextInt(10) == 0) {
            add(h, Action.REQUEST_EXTENSION, worker(grid), at = later(at), s, s, null, null, null);
            add(h, Action.GRANT_EXTENSION, "disp-1", at = later(at), s, s, null, null, null);
        }
        if (random.nextInt(6) == 0) {
            add(h, Action.BREACH, "system:sla", at = later(at), s, s, null, null, "RESOLUTION/1/BREACH");
            if (random.nextBoolean()) {
                add(
                        h,
                        Action.ESCALATE,
                        "system:sla",
                        at = later(at),
                        s,
                        s,
                        HandlingLevel.STREET,
                        "street:office",
                        "RESOLUTION/1/escalate-to-street");
            }
            if (random.nextBoolean()) {
                add(
                        h,
                        Action.YELLOW_CARD,
                        "system:sla",
                        at = later(at),
                        s,
                        s,
                        null,
                        null,
                        "RESOLUTION/1/district-yellow-card");
            }
            if (random.nextInt(4) == 0) {
                add(
                        h,
                        Action.RED_CARD,
                        "system:sla",
                        at = later(at),
                        s,
                        s,
                        null,
                        null,
                        "RESOLUTION/1/district-red-card");
            }
        }
        if (random.nextInt(12) == 0) {
            return new HistoryRecord("M-" + next++, grid, category, h); // still being handled
        }
        s = add(h, Action.RESOLVE, worker(grid), at = later(at), s, State.RESOLVED, null, null, null);
        if (random.nextInt(7) == 0) {
            s = add(h, Action.REWORK, "community:office", at = later(at), s, State.IN_PROGRESS, null, null, null);
            s = add(h, Action.RESOLVE, worker(grid), at = later(at), s, State.RESOLVED, null, null, null);
        }
        s = add(h, Action.VERIFY, "community:office", at = later(at), s, State.VERIFIED, null, null, null);
        s = add(h, Action.CLOSE, "disp-1", at = later(at), s, State.CLOSED, null, null, null);
        if (random.nextInt(3) != 0) {
            Rating r = Rating.values()[random.nextInt(Rating.values().length)];
            add(h, Action.RETURN_VISIT, "visitor-1", at = later(at), s, s, null, null, "RETURN_VISIT/1/" + r.name());
            if (r == Rating.DISSATISFIED && random.nextBoolean()) {
                add(h, Action.REOPEN, "disp-1", later(at), s, State.IN_PROGRESS, null, null, null);
            }
        }
        return new HistoryRecord("M-" + next++, grid, category, h);
    }

    List<VisitOutcome> visits(int n) {
        List<VisitOutcome> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AreaCode grid = grids.get(random.nextInt(grids.size()));
            all.add(new VisitOutcome(
                    "six-must-visits/lone-elderly",
                    grid,
                    worker(grid),
                    "subject-" + i,
                    java.time.LocalDate.of(2026, 1 + random.nextInt(12), 1)
                            .plusMonths(1)
                            .minusDays(1),
                    random.nextInt(10) != 0));
        }
        return all;
    }

    /** Up to about four working days later, so some matters cross a period's end. */
    private Instant later(Instant at) {
        return at.plus(Duration.ofMinutes(1 + random.nextInt(4 * 24 * 60)));
    }

    private static State add(
            List<HistoryEntry> h,
            Action a,
            String actor,
            Instant at,
            State from,
            State to,
            HandlingLevel level,
            String lead,
            String step) {
        h.add(new HistoryEntry(
                h.size() + 1, a, actor, at, from, to, level, level == null ? null : "ROUTINE", lead, step, null));
        return to;
    }
}
