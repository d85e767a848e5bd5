package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.core.Finding;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.sizing.SizingCheck;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staffing.StaffingCheck;
import org.gridgov.examples.matter.MatterLoopExample;
import org.gridgov.examples.simulate.DistrictSimulation;
import org.gridgov.examples.simulate.SampleDistrict;
import org.gridgov.geo.coverage.CoverageFinding;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.coverage.PlanCoverage;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.crs.Units;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.TimeLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code grid demo [SAMPLES]}: the library end to end on the sample district. Loads the plan and
 * its boundaries, checks sizing, staffing and coverage, locates a resident's WeChat report sent in
 * GCJ-02, walks the matter through the closed loop on a {@link GridOffice} with its "357" clocks,
 * then runs the district for a month across the new year ({@link DistrictSimulation}) and shows a
 * neglected matter climbing the SLA ladder.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the library end to end on the sample Jingkou district.")
final class DemoCommand implements Callable<Integer> {
    /**
     * When the resident writes: Thursday before the 2026 Spring Festival, 09:30 in Zhenjiang, so
     * that the story happens in working hours (08:30-12:00, 13:30-17:30).
     */
    static final OffsetDateTime REPORTED_AT = OffsetDateTime.parse("2026-02-12T09:30+08:00");

    /** The simulated month: from Monday 2026-12-14 in Zhenjiang, across New Year's Day 2027. */
    static final Instant MONTH_STARTS =
            OffsetDateTime.parse("2026-12-14T00:00+08:00").toInstant();

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mmxxx");

    /** The samples folder when none is given, relative to the working folder (the repository's root). */
    static final String DEFAULT_SAMPLES = "grid-examples/samples";

    // no defaultValue: picocli converts defaults before it sees --help, and the folder is checked
    // when converted, so help would fail wherever the default folder is missing
    @Parameters(
            paramLabel = "SAMPLES",
            arity = "0..1",
            converter = InputPaths.ReadableFolder.class,
            description = "the folder with jingkou.plan.json, its GeoJSON boundaries and the policy files (default: "
                    + DEFAULT_SAMPLES + ")")
    Path samples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (samples == null) {
            try {
                samples = new InputPaths.ReadableFolder().convert(DEFAULT_SAMPLES);
            } catch (TypeConversionException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "Invalid value for positional parameter at index 0 (SAMPLES): " + e.getMessage());
            }
        }
        SampleDistrict district = SampleDistrict.read(samples);
        GridPlan plan = district.plan();
        out.printf(
                "== 1. The plan: %s (%s), revision %d: %d streets, %d communities, %d grids, %d places, %d people%n",
                plan.root().name(),
                plan.root().code(),
                plan.revision(),
                plan.areas(AreaLevel.STREET).size(),
                plan.areas(AreaLevel.COMMUNITY).size(),
                plan.grids().size(),
                plan.places().size(),
                district.roster().people().size());
        print(out, SizingCheck.defaults().check(plan));
        print(out, StaffingCheck.defaults().check(plan, district.roster()));

        CoverageReport coverage = PlanCoverage.check(
                district.boundaries(), CoverageOptions.defaults().withUnits(Units.LON_LAT));
        out.printf(
                "== 2. The map: district > streets > communities > grids, and every place in its grid: %s, %d findings%n",
                coverage.valid() ? "valid" : "not valid", coverage.findings().size());
        for (CoverageFinding f : coverage.findings()) {
            out.printf(
                    "   %s %s at (%.7f, %.7f)%n",
                    f.kind(), f.ids(), f.location().getX(), f.location().getY());
        }

        Position home = district.homes().getOrDefault(MatterLoopExample.GRID, List.of()).stream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.ofText(
                        samples.resolve("jingkou.plan.json") + ":places",
                        "grid " + MatterLoopExample.GRID + " has a place with a location, the demo's resident's home",
                        "none",
                        null));
        LonLat sent = CoordinateConverter.convert(CoordinateSystem.WGS84, CoordinateSystem.GCJ02, home.x(), home.y());
        List<Area> chain = district.locator().chain(sent.lon(), sent.lat(), CoordinateSystem.GCJ02);
        out.printf(
                "== 3. A resident's WeChat report at GCJ-02 (%.7f, %.7f) is located: %s%n",
                sent.lon(),
                sent.lat(),
                chain.stream().map(a -> a.name() + " " + a.code()).collect(Collectors.joining(" < ")));

        out.println("== 4. The matter through the closed loop on the grid office, its \"357\" clocks (seed 000)"
                + " part of every step:");
        WorkingCalendar calendar = district.calendar();
        ManualClock clock = ManualClock.of(REPORTED_AT.toInstant(), calendar.zone());
        try (GridOffice office = GridOffice.builder(clock)
                .plan(plan, district.roster())
                .resolver(district.locator())
                .policies(district.policies())
                .calendar(calendar)
                .listener(MatterLoopExample.printer(out))
                .build()) {
            Matter closed = MatterLoopExample.walk(
                    out,
                    office,
                    clock,
                    Location.at(sent.lon(), sent.lat(), "GCJ-02"),
                    holder(district, Role.FULL_TIME_WORKER),
                    holder(district, Role.GRID_HEAD));
            out.printf(
                    "== 5. Its time limits on the China working calendar (%s), reported %s, before the Spring Festival:%n",
                    calendar.workingHours(), REPORTED_AT);
            ClockTimeline.print(out, calendar, office.clocks(closed.id()));
            for (String limit : List.of("3h", "5wd", "7wd")) {
                Instant due = calendar.deadline(REPORTED_AT.toInstant(), TimeLimit.parse(limit));
                out.printf(
                        "   \"357\" %-4s from the report would be due %s%n",
                        limit, due.atZone(calendar.zone()).toOffsetDateTime());
            }
        }

        out.printf(
                "== 6. The district for 30 days from %s, across New Year's Day 2027 (provisional calendar):%n",
                MONTH_STARTS.atZone(calendar.zone()).toLocalDate());
        DistrictSimulation simulation = DistrictSimulation.builder(district)
                .start(MONTH_STARTS)
                .days(30)
                .seed(7)
                .build();
        DistrictSimulation.Result month = QuietOffice.during(simulation::run);
        out.println("   " + month.summary().line());
        out.println("   " + month.summary().practicesLine());
        month.histories().stream()
                .filter(h -> h.transitions().stream().anyMatch(t -> t.action() == Action.RED_CARD))
                .findFirst()
                .ifPresent(h -> printLadder(out, calendar, h));
        RegisterDemo.print(
                out,
                samples,
                plan,
                MatterLoopExample.GRID,
                holder(district, Role.FULL_TIME_WORKER),
                ManualClock.of(REPORTED_AT.toInstant(), calendar.zone()));
        out.println("Done.");
        return Grid.CLEAN;
    }

    /** A neglected matter's history: the ladder's system entries act on it. */
    private static void printLadder(PrintWriter out, WorkingCalendar calendar, MatterHistory h) {
        out.printf("   A neglected matter, %s in grid %s, climbs the ladder:%n", h.matterId(), h.area());
        for (Transition t : h.transitions()) {
            out.printf(
                    "     #%-2d %s %-11s %-22s%s%n",
                    t.version(),
                    MINUTES.format(t.at().atZone(calendar.zone())),
                    t.action(),
                    t.actor(),
                    t.stepIfAny().map(step -> " step " + step.key()).orElse("")
                            + t.routingIfAny().map(r -> " -> " + r.level()).orElse(""));
        }
    }

    private static String holder(SampleDistrict district, Role role) {
        return district.postHolder(MatterLoopExample.GRID, role)
                .orElseThrow(() -> new InvalidInputException(
                        "roster", "the demo's grid has a " + role + " on the roster", MatterLoopExample.GRID));
    }

    private static void print(PrintWriter out, List<? extends Finding> findings) {
        for (Finding f : findings) {
            out.printf("   %-26s %s%n", f.rule(), f.message());
        }
    }
}
