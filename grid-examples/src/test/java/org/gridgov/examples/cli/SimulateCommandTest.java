package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract of {@code grid simulate}: options, outputs, exit codes. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheSummaryTheHistoriesAndACommitLineForEveryCommittedTransition(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        Path histories = dir.resolve("histories.jsonl");
        CliRun run = CliRun.of(
                "simulate",
                "--samples",
                "samples",
                "--start",
                "2026-12-28T00:00:00Z",
                "--days",
                "8",
                "--seed",
                "3",
                "--rate",
                "30",
                "--out",
                summary.toString(),
                "--histories",
                histories.toString(),
                "--log-commits");
        assertThat(run.exit()).as(run.err()).isZero();

        JsonNode s = JSON.readTree(summary.toFile());
        for (String field : new String[] {
            "matters",
            "closed",
            "onTime",
            "escalations",
            "yellowCards",
            "redCards",
            "notificationsDelivered",
            "deliveryFailures",
            "clockProblems"
        }) {
            assertThat(s.has(field)).as(field).isTrue();
        }
        assertThat(s.get("clockProblems").asLong()).isZero();

        Set<String> entries = new HashSet<>();
        long matters = 0;
        for (String line : Files.readAllLines(histories)) {
            JsonNode m = JSON.readTree(line);
            matters++;
            assertThat(m.get("grid").asText()).startsWith("321102");
            long version = 0;
            for (JsonNode e : m.get("history")) {
                assertThat(e.get("version").asLong()).isEqualTo(++version);
                assertThat(e.get("at").asText()).endsWith("Z");
                if (e.get("actor").asText().equals("system:sla")) {
                    assertThat(e.get("step").asText()).matches("[A-Z]+/\\d+/[A-Za-z-]+");
                }
                entries.add("COMMIT " + m.get("id").asText() + " "
                        + e.get("version").asLong() + " " + e.get("action").asText());
            }
        }
        assertThat(matters).isEqualTo(s.get("matters").asLong());
        Set<String> commits = new HashSet<>(
                run.out().lines().filter(l -> l.startsWith("COMMIT ")).toList());
        assertThat(commits)
                .as("every committed transition printed, nothing else")
                .isEqualTo(entries);
        assertThat(run.out().lines().allMatch(l -> l.startsWith("COMMIT "))).isTrue();
        assertThat(run.err()).contains("day 8/8").contains("matters (");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--days, 0",
        "--days, -3",
        "--start, yesterday",
        "--rate, NaN",
        "--rate, -1",
        "--samples, no-such-folder"
    })
    void aBadOptionValueExitsTwoWithOneLine(String option, String value) {
        String[] args = {
            "simulate", "--samples", "samples", "--start", "2026-12-28T00:00:00Z", "--days", "1", "--seed", "1"
        };
        for (int i = 1; i < args.length; i += 2) {
            if (args[i].equals(option)) {
                args[i + 1] = value;
            }
        }
        if (option.equals("--rate")) {
            args = concat(args, "--rate", value);
        }
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
