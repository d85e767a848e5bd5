package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?(Z|[+-]\\d\\d:\\d\\d)");

    private static CliRun run;

    @BeforeAll
    static void runTheDemo() {
        run = CliRun.of("demo", "samples");
    }

    @Test
    void theDemoRunsEndToEndOnTheSampleDistrict() {

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("288 grids")
                .contains("grid 321102001001002 has 338 households")
                .contains("grid 321102003004001 has 0 full-time grid workers")
                .contains("not valid, 1 findings")
                .contains("MISASSIGNED_PLACE [P001001003-1, 321102001001003, ")
                .contains("is located: 贺家弄第1网格 321102001001001 < 贺家弄社区居委会 321102001001 < 正东路街道 321102001 < 京口区 321102")
                .contains("replayed: true")
                .contains("#1 2026-02-12T09:30+08:00 REPORT - -> REPORTED by W00001") // the grid's worker on the roster
                .contains("since version 1 at 2026-02-12T09:30+08:00")
                .contains("2026-02-12T09:30+08:00 START     #1 rule routine 5wd; due 2026-02-26T17:30+08:00")
                .contains("STOPPED cycle 1, target 3h (rule routine), due 2026-02-12T12:30+08:00, elapsed PT20M")
                .contains("\"357\" 7wd  from the report would be due 2026-02-28T17:30+08:00")
                .contains("== 6. The district for 30 days from 2026-12-14, across New Year's Day 2027")
                .contains(" 0 clock problems")
                .containsPattern(
                        "climbs the ladder:(\\n.*)+ BREACH (.*\\n)+.* ESCALATE .*-> STREET(\\n.*)+ YELLOW_CARD (.*\\n)+.* RED_CARD ")
                .contains("== 7. The register (人地物事组织场所): 2940 records; W00001 of grid 321102001001001")
                .contains("refused: actor 'W-321102001003001' may not READ_RECORD in area 321102001001001")
                .contains("audit trail: 4 entries chained by SHA-256, intact")
                .endsWith("Done.\n")
                .doesNotContain("施元冲");
    }

    @Test
    void theDemoPrintsNoClearValueOfTheSampleRegister() {
        for (String clear : SampleRegisterValues.clear()) {
            assertThat(run.out()).doesNotContain(clear);
        }
    }

    @Test
    void theStoryIsToldInTheDistrictsZoneAndHappensInWorkingHours() {
        WorkingCalendar china = WorkingCalendar.china().withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));

        List<String> steps =
                run.out().lines().filter(l -> l.matches("  #\\d+ .*")).toList();
        assertThat(steps).hasSize(2 * 13);
        for (String step : steps) {
            Matcher m = INSTANT.matcher(step);
            assertThat(m.find()).as(step).isTrue();
            OffsetDateTime at = OffsetDateTime.parse(m.group());
            assertThat(at.getOffset().getId()).as(step).isEqualTo("+08:00");
            assertThat(china.isWorkingTime(at.toInstant())).as(step).isTrue();
        }
        Matcher any = INSTANT.matcher(run.out());
        while (any.find()) {
            assertThat(any.group()).as("every instant the demo prints").endsWith("+08:00");
        }
    }

    @Test
    void aSampleFolderWhoseDemoGridHasNoPlacesIsBadInputInOneLine(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path plan = dir.resolve("jingkou.plan.json");
        ObjectNode root = (ObjectNode) json.readTree(plan.toFile());
        ArrayNode kept = json.createArrayNode();
        root.get("places").forEach(p -> {
            if (!p.get("grid").asText().equals("321102001001001")) {
                kept.add(p);
            }
        });
        root.set("places", kept);
        json.writeValue(plan.toFile(), root);

        CliRun run = CliRun.of("demo", dir.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, plan + ":places: grid 321102001001001 has a place with a location");
    }

    @Test
    void withoutASamplesFolderTheDefaultIsCheckedWhenTheDemoRunsNotWhenHelpIsAsked() {
        // the tests run in grid-examples/, where the default grid-examples/samples does not exist
        assertThat(Path.of(DemoCommand.DEFAULT_SAMPLES)).doesNotExist();
        CliRun help = CliRun.of("demo", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("(default: grid-examples/samples)");
        CliRun demo = CliRun.of("demo");
        assertThat(demo.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(demo.err())
                .isEqualTo("grid: Invalid value for positional parameter at index 0 (SAMPLES): must name an existing"
                        + " file, but 'grid-examples/samples' does not exist (see 'grid demo --help')\n");
    }
}
