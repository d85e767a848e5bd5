package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCheckCommandTest {
    private static final String SAMPLE = "samples/jingkou.plan.json";

    @Test
    void theSamplePlanReportsExactlyItsUnderstaffedAndItsOversizedGrid() {
        CliRun run = CliRun.of("plan", "check", SAMPLE);

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(run.out().lines().filter(l -> l.startsWith("sizing.") || l.startsWith("staffing.")))
                .containsExactly(
                        "sizing.households            321102001001002    grid 321102001001002 has 338 households, above the urban band 200-300",
                        "staffing.full-time-worker    321102003004001    grid 321102003004001 has 0 full-time grid workers (专职网格员), at least 1 required");
        assertThat(run.out()).contains("288 grids").endsWith("2 findings\n");
    }

    @Test
    void jsonOutputCarriesRuleSubjectAndDetails() throws IOException {
        CliRun run = CliRun.of("plan", "check", "--format", "json", SAMPLE);

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(root.get("clean").asBoolean()).isFalse();
        assertThat(root.get("grids").asInt()).isEqualTo(288);
        assertThat(root.get("findings")).hasSize(2);
        assertThat(root.get("findings").get(0).get("details").get("value").asInt())
                .isEqualTo(338);
    }

    @Test
    void aCleanPlanExitsZero(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("clean.json");
        Files.writeString(
                plan, "{\"format\":\"grid-plan/1\",\"areas\":[{\"code\":\"321102001001\",\"name\":\"贺家弄社区居委会\"}]}");
        CliRun run = CliRun.of("plan", "check", plan.toString());
        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        assertThat(run.out()).endsWith("clean: no findings\n");
    }

    /** Issue 12's declared-against-counted sizing, reported in the same line format as every finding. */
    @Test
    void aGridWhosePlacesCountOtherHouseholdsThanItDeclaresIsASizingFinding(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("miscounted.json");
        Files.writeString(plan, """
                {"format": "grid-plan/1", "areas": [
                  {"code": "321102001001", "name": "贺家弄社区居委会"},
                  {"code": "321102001001001", "name": "贺家弄第一网格", "kind": "URBAN", "households": 260, "population": 900}],
                 "places": [{"id": "B-0001", "kind": "BUILDING", "name": "贺家弄1号楼", "grid": "321102001001001", "households": 48}]}
                """);

        CliRun text = CliRun.of("plan", "check", plan.toString());
        assertThat(text.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(text.out().lines().filter(l -> l.startsWith("sizing.")))
                .containsExactly(
                        "sizing.counted-households    321102001001001    grid 321102001001001 declares 260 households, its places count 48 (difference 212, more than the 26 allowed)");

        CliRun json = CliRun.of("plan", "check", "--format", "json", plan.toString());
        JsonNode mismatch =
                new ObjectMapper().readTree(json.out()).get("findings").get(0);
        assertThat(json.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(mismatch.get("rule").asText()).isEqualTo("sizing.counted-households");
        assertThat(mismatch.get("details").get("declared").asLong()).isEqualTo(260);
        assertThat(mismatch.get("details").get("counted").asLong()).isEqualTo(48);
    }

    @Test
    void badInputExitsTwoAndNamesThePathTheRuleAndTheValue(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("bad.json");
        Files.writeString(
                plan,
                "{\"format\":\"grid-plan/1\",\"areas\":[{\"code\":\"321102\",\"name\":\"京口区\"},"
                        + "{\"code\":\"3211020010\",\"name\":\"坏\"}]}");
        CliRun run = CliRun.of("plan", "check", plan.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo(
                        "grid: " + plan
                                + ": $.areas[1].code: an area code has 6, 9, 12, 15, 18, 21 or 24 digits (micro-grids nest at most 3 deep) ('3211020010')\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileOrAnUnknownOptionExitsTwo() {
        assertThat(CliRun.of("plan", "check", "no-such-plan.json").exit()).isEqualTo(Grid.BAD_INPUT);
        CliRun usage = CliRun.of("plan", "check", "--colour", SAMPLE);
        assertThat(usage.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(usage.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("plan").contains("2   bad input or usage");
    }
}
