package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.core.Finding;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.sizing.SizingCheck;
import org.gridgov.core.staffing.StaffingCheck;
import org.gridgov.examples.matter.MatterLoopExample;
import org.gridgov.geo.boundary.BoundaryFiles;
import org.gridgov.geo.boundary.BoundedPlan;
import org.gridgov.geo.coverage.CoverageFinding;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.coverage.PlanCoverage;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.gridgov.geo.locate.PlanLocator;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.sla.InMemoryDueTimerQueue;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.sla.SlaScheduler;
import org.gridgov.workflow.time.TimeLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grid demo [SAMPLES]}: the library end to end on the sample district. Loads the plan
 * and its boundaries, checks sizing, staffing and coverage, locates a resident's WeChat report
 * sent in GCJ-02, walks the matter through the closed loop, and computes its "357" deadlines on
 * the China working calendar.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Runs the library end to end on the sample Jingkou district.")
final class DemoCommand implements Callable<Integer> {
    /** When the resident writes: Friday before the 2026 Spring Festival, 16:00 in Zhenjiang. */
    static final OffsetDateTime REPORTED_AT = OffsetDateTime.parse("2026-02-13T16:00+08:00");

    @Parameters(
            paramLabel = "SAMPLES",
            defaultValue = "grid-examples/samples",
            description =
                    "the folder with jingkou.plan.json, jingkou.grids.geojson, jingkou.areas.geojson (default: ${DEFAULT-VALUE})")
    Path samples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlanFile file = PlanFile.read(samples.resolve("jingkou.plan.json"));
        GridPlan plan = file.plan();
        out.printf(
                "== 1. The plan: %s (%s), revision %d: %d streets, %d communities, %d grids, %d places, %d people%n",
                plan.root().name(),
                plan.root().code(),
                plan.revision(),
                plan.areas(AreaLevel.STREET).size(),
                plan.areas(AreaLevel.COMMUNITY).size(),
                plan.grids().size(),
                plan.places().size(),
                file.roster().people().size());
        print(out, SizingCheck.defaults().check(plan));
        print(out, StaffingCheck.defaults().check(plan, file.roster()));

        GeoJsonReader reader = GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"));
        BoundedPlan bounded = BoundaryFiles.attach(
                plan,
                reader.readFile(samples.resolve("jingkou.grids.geojson")),
                reader.readFile(samples.resolve("jingkou.areas.geojson")));
        CoverageReport coverage =
                PlanCoverage.check(bounded, CoverageOptions.defaults().withUnits(Units.LON_LAT));
        out.printf(
                "== 2. The map: district > streets > communities > grids, and every place in its grid: %s, %d findings%n",
                coverage.valid() ? "valid" : "not valid", coverage.findings().size());
        for (CoverageFinding f : coverage.findings()) {
            out.printf(
                    "   %s %s at (%.7f, %.7f)%n",
                    f.kind(), f.ids(), f.location().getX(), f.location().getY());
        }

        Position home = plan.placesIn(MatterLoopExample.GRID).get(0).location().orElseThrow();
        LonLat sent = CoordinateConverter.convert(CoordinateSystem.WGS84, CoordinateSystem.GCJ02, home.x(), home.y());
        PlanLocator locator = PlanLocator.of(bounded);
        List<Area> chain = locator.chain(sent.lon(), sent.lat(), CoordinateSystem.GCJ02);
        out.printf(
                "== 3. A resident's WeChat report at GCJ-02 (%.7f, %.7f) is located: %s%n",
                sent.lon(),
                sent.lat(),
                chain.stream().map(a -> a.name() + " " + a.code()).collect(Collectors.joining(" < ")));

        WorkingCalendar calendar =
                WorkingCalendar.china().withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        SlaScheduler sla = SlaScheduler.builder(
                        Clock.fixed(REPORTED_AT.toInstant().plus(Duration.ofDays(1)), calendar.zone()))
                .policy(SlaPolicy.the357())
                .calendar(calendar)
                .queue(new InMemoryDueTimerQueue())
                .build();
        out.println(
                "== 4. The matter through the closed loop, with the \"357\" clocks (seed 000) following every step:");
        Matter closed = MatterLoopExample.run(
                out, REPORTED_AT.toInstant(), Location.at(sent.lon(), sent.lat(), "GCJ-02"), locator, sla);

        out.printf(
                "== 5. Its time limits on the China working calendar (%s), reported %s, before the Spring Festival:%n",
                calendar.workingHours(), REPORTED_AT);
        ClockTimeline.print(out, calendar, sla.clocks(closed.id()));
        for (String limit : List.of("3h", "5wd", "7wd")) {
            Instant due = calendar.deadline(REPORTED_AT.toInstant(), TimeLimit.parse(limit));
            out.printf(
                    "   \"357\" %-4s from the report would be due %s%n",
                    limit, due.atZone(calendar.zone()).toOffsetDateTime());
        }
        out.printf("Done: matter %s in grid %s is %s.%n", closed.id(), closed.area(), closed.state());
        return Grid.CLEAN;
    }

    private static void print(PrintWriter out, List<? extends Finding> findings) {
        for (Finding f : findings) {
            out.printf("   %-26s %s%n", f.rule(), f.message());
        }
    }
}
