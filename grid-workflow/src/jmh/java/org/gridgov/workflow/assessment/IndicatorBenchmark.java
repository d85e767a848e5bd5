package org.gridgov.workflow.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.VisitOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * Indicators of a whole district for one year: 800 grids (8 streets of 10 communities of 10
 * grids), 100,000 matters walked through the closed loop (seeded: some extended, breached,
 * escalated, carded, reworked, left open; two in three closed ones rated at a return visit), and
 * the six monthly must-visits of six subjects per grid (57,600 visit outcomes). One operation
 * computes the indicators of all 889 areas (grids, communities, streets, the district) and of
 * every worker:
 *
 * <ul>
 *   <li>{@code onePass}: {@link IndicatorCalculator#compute}: each history digested once (working
 *       time to close on the China calendar) and counted in its grid and every area above it;
 *   <li>{@code perAreaRecomputation} (the baseline): the straightforward way, each history
 *       digested once too, then for every area a scan of all matters and visits, keeping those
 *       of the area, and its own tally.
 * </ul>
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class IndicatorBenchmark {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private static final Instant YEAR =
            OffsetDateTime.parse("2026-01-01T00:00+08:00").toInstant();
    private static final String[] CATEGORIES = {"SANITATION", "DISPUTE", "SAFETY_HAZARD", "LIVELIHOOD"};

    private final List<AreaCode> areas = new ArrayList<>();
    private final List<AreaCode> grids = new ArrayList<>();
    private List<HistoryRecord> matters;
    private List<VisitOutcome> visits;
    private Period year;
    private IndicatorCalculator calculator;

    @Setup
    public void district() {
        AreaCode jingkou = AreaCode.parse("321102");
        areas.add(jingkou);
        for (int s = 1; s <= 8; s++) {
            AreaCode street = jingkou.child(s);
            areas.add(street);
            for (int c = 1; c <= 10; c++) {
                AreaCode community = street.child(c);
                areas.add(community);
                for (int g = 1; g <= 10; g++) {
                    grids.add(community.child(g));
                    areas.add(community.child(g));
                }
            }
        }
        Random random = new Random(13);
        matters = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            matters.add(matter("M" + i, random));
        }
        visits = new ArrayList<>();
        for (AreaCode grid : grids) {
            for (int month = 1; month <= 12; month++) {
                LocalDate end = LocalDate.of(2026, month, 1).plusMonths(1).minusDays(1);
                for (int subject = 0; subject < 6; subject++) {
                    visits.add(new VisitOutcome(
                            "six-must-visits",
                            grid,
                            "gw-" + grid,
                            grid + "-s" + subject,
                            end,
                            random.nextInt(20) != 0));
                }
            }
        }
        year = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CHINA.zone());
        calculator = IndicatorCalculator.of(CHINA);
    }

    @Benchmark
    public IndicatorReport onePass() {
        return calculator.compute(matters, visits, year);
    }

    @Benchmark
    public List<Indicators> perAreaRecomputation() {
        List<MatterDigest> digests = new ArrayList<>(matters.size());
        for (HistoryRecord r : matters) {
            digests.add(MatterDigest.of(r, CHINA));
        }
        List<Indicators> out = new ArrayList<>(areas.size());
        for (AreaCode area : areas) {
            Tally t = new Tally(year);
            for (MatterDigest d : digests) {
                if (area.contains(d.grid)) {
                    t.add(d);
                }
            }
            for (VisitOutcome v : visits) {
                if (area.contains(v.grid())) {
                    t.add(v);
                }
            }
            out.add(t.indicators(area.toString(), IndicatorCalculator.levelName(area.level())));
        }
        return out;
    }

    private HistoryRecord matter(String id, Random random) {
        AreaCode grid = grids.get(random.nextInt(grids.size()));
        String worker = "gw-" + grid;
        Instant at = YEAR.plus(Duration.ofMinutes(random.nextInt(360 * 24 * 60)));
        List<HistoryEntry> h = new ArrayList<>(12);
        State s = add(h, Action.REPORT, "desk", at, null, State.REPORTED, null, null, null);
        s = add(
                h,
                Action.REGISTER,
                "disp",
                at = later(at, random),
                s,
                State.REGISTERED,
                HandlingLevel.GRID,
                null,
                null);
        s = add(h, Action.DISPATCH, "disp", at = later(at, random), s, State.DISPATCHED, null, worker, null);
        s = add(h, Action.ACCEPT, worker, at = later(at, random), s, State.ACCEPTED, null, null, null);
        s = add(h, Action.START, worker, at = later(at, random), s, State.IN_PROGRESS, null, null, null);
        if (random.nextInt(10) == 0) {
            add(h, Action.GRANT_EXTENSION, "disp", at = later(at, random), s, s, null, null, null);
        }
        if (random.nextInt(6) == 0) {
            add(h, Action.BREACH, "system:sla", at = later(at, random), s, s, null, null, "RESOLUTION/1/BREACH");
            add(
                    h,
                    Action.ESCALATE,
                    "system:sla",
                    at = later(at, random),
                    s,
                    s,
                    HandlingLevel.STREET,
                    "street",
                    "RESOLUTION/1/esc");
            add(h, Action.YELLOW_CARD, "system:sla", at = later(at, random), s, s, null, null, "RESOLUTION/1/yellow");
        }
        if (random.nextInt(12) == 0) {
            return new HistoryRecord(id, grid, CATEGORIES[random.nextInt(4)], h);
        }
        s = add(h, Action.RESOLVE, worker, at = later(at, random), s, State.RESOLVED, null, null, null);
        if (random.nextInt(7) == 0) {
            s = add(h, Action.REWORK, "community", at = later(at, random), s, State.IN_PROGRESS, null, null, null);
            s = add(h, Action.RESOLVE, worker, at = later(at, random), s, State.RESOLVED, null, null, null);
        }
        s = add(h, Action.VERIFY, "community", at = later(at, random), s, State.VERIFIED, null, null, null);
        s = add(h, Action.CLOSE, "disp", at = later(at, random), s, State.CLOSED, null, null, null);
        if (random.nextInt(3) != 0) {
            Rating r = Rating.values()[random.nextInt(3)];
            add(h, Action.RETURN_VISIT, "visitor", later(at, random), s, s, null, null, "RETURN_VISIT/1/" + r.name());
        }
        return new HistoryRecord(id, grid, CATEGORIES[random.nextInt(4)], h);
    }

    private static Instant later(Instant at, Random random) {
        return at.plus(Duration.ofMinutes(1 + random.nextInt(2 * 24 * 60)));
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
