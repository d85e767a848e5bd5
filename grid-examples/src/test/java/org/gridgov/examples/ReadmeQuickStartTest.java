package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.MovePlaces;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.plan.PlanHistory;
import org.gridgov.core.plan.Totals;
import org.gridgov.core.sizing.SizingCheck;
import org.gridgov.core.sizing.SizingFinding;
import org.gridgov.core.staffing.StaffingCheck;
import org.gridgov.core.staffing.StaffingFinding;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run; the README must show these lines exactly. */
class ReadmeQuickStartTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    private final Path samplePlan = Path.of("samples/jingkou.plan.json");

    @Test
    void quickStartRunsOnTheSamplePlan() throws IOException {
        // readme:start
        PlanFile file = PlanFile.read(samplePlan); // grid-plan/1 JSON
        GridPlan plan = file.plan();
        AreaCode hejianong = AreaCode.parse("321102001001"); // 贺家弄社区
        Totals totals = plan.totals(hejianong); // households, people, places
        List<SizingFinding> sizing = SizingCheck.defaults().check(plan); // 200-300 households per grid
        List<StaffingFinding> staffing = StaffingCheck.defaults().check(plan, file.roster());
        PlanHistory history = PlanHistory.start(plan, clock);
        history = history.apply(
                new MovePlaces(List.of("P001001001-1"), AreaCode.parse("321102001001002")),
                "staff-042",
                "building re-assigned after the street was re-drawn");
        GridPlan revision2 = history.current(); // revision 1 stays readable
        // readme:end

        assertThat(totals.grids()).isPositive();
        assertThat(sizing).hasSize(1);
        assertThat(staffing).hasSize(1);
        assertThat(revision2.revision()).isEqualTo(2);
        assertThat(readme()).contains(snippet());
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"));
    }

    private static String snippet() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/gridgov/examples/ReadmeQuickStartTest.java"));
        String region = source.substring(source.indexOf("// readme:start\n") + 16, source.indexOf("// readme:end"));
        return region.stripIndent();
    }
}
