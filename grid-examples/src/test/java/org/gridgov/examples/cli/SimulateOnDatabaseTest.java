package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grid simulate --db DIR} keeps the district in an embedded PostgreSQL in DIR: run again with
 * the same arguments, it resumes; {@code grid export} writes what the folder holds. Starts two
 * embedded servers (initdb included), about ten seconds.
 */
class SimulateOnDatabaseTest {
    private static List<String> simulate(Path db, int days, Path out, Path histories) {
        List<String> args = new ArrayList<>(List.of(
                "simulate", "--samples", "samples", "--start", "2026-12-28T00:00:00Z", "--seed", "5", "--rate", "30"));
        args.addAll(List.of("--days", Integer.toString(days), "--db", db.toString()));
        args.addAll(List.of("--out", out.toString(), "--histories", histories.toString()));
        return args;
    }

    private static void run(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void aRunStoppedAfterADayAndResumedEndsAsOneUninterruptedRunAndExportGivesItsHistories(@TempDir Path dir)
            throws IOException {
        Path whole = dir.resolve("whole");
        run(simulate(whole, 3, dir.resolve("whole.json"), dir.resolve("whole.jsonl")));
        run(simulate(whole, 3, dir.resolve("again.json"), dir.resolve("again.jsonl")));

        assertThat(Files.readString(dir.resolve("whole.jsonl")).lines())
                .as("the district's matters")
                .hasSizeGreaterThan(15);
        assertThat(dir.resolve("again.json"))
                .as("a finished run run again")
                .hasSameTextualContentAs(dir.resolve("whole.json"));
        assertThat(dir.resolve("again.jsonl")).hasSameTextualContentAs(dir.resolve("whole.jsonl"));

        CliRun export = CliRun.of(
                "export",
                "--db",
                whole.toString(),
                "--out",
                dir.resolve("export.jsonl").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(dir.resolve("export.jsonl"))
                .as("export equals --histories")
                .hasSameTextualContentAs(dir.resolve("whole.jsonl"));

        Path halves = dir.resolve("halves");
        run(simulate(halves, 1, dir.resolve("first.json"), dir.resolve("first.jsonl")));
        run(simulate(halves, 3, dir.resolve("resumed.json"), dir.resolve("resumed.jsonl")));
        assertThat(Files.readString(dir.resolve("first.jsonl")).lines()).hasSizeLessThan((int)
                Files.readString(dir.resolve("whole.jsonl")).lines().count());
        assertThat(dir.resolve("resumed.jsonl"))
                .as("stopped after a day, then resumed")
                .hasSameTextualContentAs(dir.resolve("whole.jsonl"));
        assertThat(dir.resolve("resumed.json")).hasSameTextualContentAs(dir.resolve("whole.json"));
    }

    @Test
    void aDatabaseOfAnotherRunIsBadInput(@TempDir Path dir) {
        Path db = dir.resolve("db");
        run(simulate(db, 1, dir.resolve("s.json"), dir.resolve("h.jsonl")));
        List<String> other = simulate(db, 1, dir.resolve("t.json"), dir.resolve("i.jsonl"));
        other.set(other.indexOf("5"), "6");
        CliRun run = CliRun.of(other.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--db").contains("--seed 5").doesNotContain("Exception");
    }
}
