package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grid policy test} (issue 17): the sample scenarios cover the shipped "357" policy across
 * the 2026 Spring Festival and National Day and pass; the same scenarios with one expected instant
 * moved by a day fail, naming the scenario, the expectation and the actual instant, with the
 * matter's timeline; a malformed scenario is bad input.
 */
class PolicyTestCommandTest {
    private static final Path SCENARIOS = Path.of("samples/policy-tests");

    @TempDir
    Path dir;

    @Test
    void theSampleScenariosPassOnTheShipped357() throws IOException {
        Path xml = dir.resolve("report.xml");
        CliRun run = CliRun.of(
                "policy",
                "test",
                "--policies",
                "samples",
                "--scenarios",
                SCENARIOS.toString(),
                "--junit-xml",
                xml.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains(
                        "PASS national-day-routine.json: 357: a routine matter received the day before the 2026 National Day")
                .contains("PASS spring-festival-routine.json")
                .contains("PASS spring-festival-response.json")
                .endsWith("3 scenarios: 3 passed, 0 failed\n");
        assertThat(Files.readString(xml))
                .contains("<testsuite name=\"grid policy test\" tests=\"3\" failures=\"0\"")
                .contains("classname=\"spring-festival-routine.json\"")
                .doesNotContain("<failure");
    }

    @Test
    void anExpectedInstantMovedByADayFailsNamingTheScenarioTheExpectationAndTheActualInstant() throws IOException {
        Path moved = Files.createDirectories(dir.resolve("moved"));
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f : files.toList()) {
                Files.copy(f, moved.resolve(f.getFileName()));
            }
        }
        Path routine = moved.resolve("spring-festival-routine.json");
        String text = Files.readString(routine);
        String before = "\"fired\": \"RESOLUTION/district-yellow-card\", \"at\": \"2026-03-03T16:00+08:00\"";
        assertThat(text).contains(before);
        Files.writeString(routine, text.replace(before, before.replace("03-03", "03-04")));
        Path xml = dir.resolve("report.xml");

        CliRun run = CliRun.of(
                "policy",
                "test",
                "--policies",
                "samples",
                "--scenarios",
                moved.toString(),
                "--junit-xml",
                xml.toString());

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("FAIL spring-festival-routine.json: 357: a routine sanitation matter")
                .contains("steps[11]: M000001: expected RESOLUTION district-yellow-card fired once at "
                        + "2026-03-04T16:00+08:00 but was [2026-03-03T16:00+08:00]")
                .contains("YELLOW_CARD by system:sla RESOLUTION/1/district-yellow-card due 2026-03-03T16:00+08:00")
                .contains("PASS national-day-routine.json")
                .endsWith("3 scenarios: 2 passed, 1 failed\n");
        assertThat(Files.readString(xml))
                .contains("failures=\"1\"")
                .contains("<failure message=\"steps[11]: M000001: expected RESOLUTION district-yellow-card");
    }

    @Test
    void aScenarioStepOfTwoKindsIsBadInputNamingFileAndPath() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(folder.resolve("two-kinds.json"), """
                {"format": "grid-policy-test/1", "name": "n", "start": "2026-02-13T16:00+08:00",
                 "steps": [{"report": "SANITATION", "area": "321102001001001", "as": "m", "advance": "1h"}]}
                """);
        CliRun run = CliRun.of("policy", "test", "--policies", "samples", "--scenarios", folder.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, "two-kinds.json");
        assertThat(run.err()).contains("steps[0]").contains("exactly one of report, act, advance, advanceTo, expect");
    }

    @Test
    void aStepNamingAnUnknownMatterIsBadInput() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(folder.resolve("unknown-matter.json"), """
                {"format": "grid-policy-test/1", "name": "n", "start": "2026-02-13T16:00+08:00",
                 "steps": [{"expect": "nobody", "routedTo": "GRID"}]}
                """);
        CliRun run = CliRun.of("policy", "test", "--policies", "samples", "--scenarios", folder.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, "unknown-matter.json");
        assertThat(run.err()).contains("steps[0].expect");
    }
}
