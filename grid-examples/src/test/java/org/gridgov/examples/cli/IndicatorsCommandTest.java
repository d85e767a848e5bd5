package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@code grid indicators}: computed from the histories {@code grid simulate}
 * writes, one object per area with {@code area}, {@code level} and the indicators by name; the
 * district's figures agree with the simulation's own summary; rates in [0, 1] or null.
 */
class IndicatorsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "samples/jingkou.plan.json";

    @TempDir
    static Path dir;

    static Path histories;
    static JsonNode summary;

    @BeforeAll
    static void simulateTenDaysOfJingkou() throws IOException {
        histories = dir.resolve("histories.jsonl");
        Path out = dir.resolve("summary.json");
        CliRun run = CliRun.of(
                "simulate",
                "--samples",
                "samples",
                "--start",
                "2026-12-28T00:00:00Z",
                "--days",
                "10",
                "--seed",
                "13",
                "--rate",
                "30",
                "--out",
                out.toString(),
                "--histories",
                histories.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        summary = JSON.readTree(out.toFile());
    }

    @Test
    void theDistrictsFiguresAgreeWithTheSimulationsSummary() throws IOException {
        CliRun run = indicators("--level", "district");
        assertThat(run.exit()).as(run.err()).isZero();

        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows).hasSize(1);
        JsonNode jingkou = rows.get(0);
        assertThat(jingkou.get("area").asText()).isEqualTo("321102");
        assertThat(jingkou.get("level").asText()).isEqualTo("district");
        assertThat(jingkou.get("reported").asLong())
                .isEqualTo(summary.get("matters").asLong());
        // a matter fixed on the spot (FIX_ON_THE_SPOT, REPORTED to CLOSED) is closed, and on time, in both
        assertThat(summary.get("onTheSpotFixes").asLong())
                .as("the run fixes matters on the spot")
                .isPositive();
        assertThat(jingkou.get("closed").asLong())
                .isEqualTo(summary.get("closed").asLong())
                .isPositive();
        assertThat(jingkou.get("onTimeRate").asDouble())
                .isEqualTo((double) summary.get("onTime").asLong()
                        / summary.get("closed").asLong());
        assertThat(jingkou.get("yellowCards").asLong())
                .isEqualTo(summary.get("yellowCards").asLong());
        assertThat(jingkou.get("redCards").asLong())
                .isEqualTo(summary.get("redCards").asLong());
        assertThat(jingkou.get("satisfactionRate").isNull()).isTrue(); // the simulation makes no return visits
    }

    @Test
    void gridsSumToTheirStreetsAndEveryRateIsInZeroOneOrNull() throws IOException {
        JsonNode grids = JSON.readTree(indicators("--level", "grid").out());
        JsonNode streets = JSON.readTree(indicators("--level", "street").out());
        assertThat(grids.size()).isGreaterThan(streets.size());
        for (JsonNode street : streets) {
            long closed = 0;
            for (JsonNode grid : grids) {
                assertThat(grid.get("level").asText()).isEqualTo("grid");
                if (grid.get("area").asText().startsWith(street.get("area").asText())) {
                    closed += grid.get("closed").asLong();
                }
                for (String rate :
                        List.of("onTimeRate", "inGridRate", "escalationRate", "reworkRate", "extensionRate")) {
                    JsonNode r = grid.get(rate);
                    assertThat(r.isNull() || (r.asDouble() >= 0 && r.asDouble() <= 1))
                            .as(rate)
                            .isTrue();
                    assertThat(r.isNull()).isEqualTo(grid.get("closed").asLong() == 0);
                }
            }
            assertThat(street.get("closed").asLong()).isEqualTo(closed);
        }
    }

    @Test
    void csvHasTheColumnsAndOneRowPerCommunityWrittenToOut() throws IOException {
        Path out = dir.resolve("communities.csv");
        CliRun run = indicators("--level", "community", "--format", "csv", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", IndicatorsCommand.COLUMNS));
        assertThat(lines)
                .hasSize(1
                        + JSON.readTree(indicators("--level", "community").out())
                                .size());
        assertThat(lines.get(1).split(",", -1)).hasSize(IndicatorsCommand.COLUMNS.size());
    }

    @Test
    void aPeriodBeforeAnyMatterHasZerosAndNullRates() throws IOException {
        CliRun run = CliRun.of(
                "indicators",
                "--plan",
                PLAN,
                "--histories",
                histories.toString(),
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31",
                "--level",
                "district");
        JsonNode jingkou = JSON.readTree(run.out()).get(0);
        assertThat(jingkou.get("reported").asLong()).isZero();
        assertThat(jingkou.get("onTimeRate").isNull()).isTrue();
    }

    @Test
    void badDatesAndAHistoryOutsideThePlanAreBadInputOnOneLine() throws IOException {
        CliRun dates = CliRun.of(
                "indicators",
                "--plan",
                PLAN,
                "--histories",
                histories.toString(),
                "--from",
                "2027-01-31",
                "--to",
                "2027-01-01");
        assertThat(dates.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(dates.err()).contains("--to").contains("2027-01-01");

        String line = Files.readAllLines(histories)
                .get(0)
                .replaceFirst("\"grid\":\"(\\d+)\"", "\"grid\":\"110101001001001\"");
        Path foreign = dir.resolve("foreign.jsonl");
        Files.writeString(foreign, line + "\n");
        CliRun run = CliRun.of(
                "indicators",
                "--plan",
                PLAN,
                "--histories",
                foreign.toString(),
                "--from",
                "2026-12-01",
                "--to",
                "2027-01-31");
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err().strip())
                .isEqualTo(
                        "grid: foreign.jsonl:1: $.grid: a matter's grid is an area of --plan jingkou.plan.json (110101001001001)");
    }

    private static CliRun indicators(String... more) {
        String[] args = {
            "indicators",
            "--plan",
            PLAN,
            "--histories",
            histories.toString(),
            "--from",
            "2026-12-01",
            "--to",
            "2027-01-31"
        };
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }
}
