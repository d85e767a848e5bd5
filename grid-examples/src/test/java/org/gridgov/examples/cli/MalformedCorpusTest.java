package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/malformed} through every option that reads a file: exit 2,
 * one line naming the file, no stack trace, nothing on standard output, and an existing {@code
 * --out} file unchanged (issue 16, "a malformed-input corpus ... run by a test over every CLI
 * command").
 */
class MalformedCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/malformed");
    private static final String GRIDS = "samples/jingkou.grids.geojson";
    private static final String POINTS = "samples/jingkou.reports.csv";
    private static final String POLICY = "samples/sla-357.json";
    private static final String EVENTS = "samples/sla-events-suspended.json";
    private static final String PLAN = "samples/jingkou.plan.json";
    private static final String HISTORIES = "samples/jingkou.histories.jsonl";
    private static final String OLD = "yesterday's report\n";

    @TempDir
    Path dir;

    /** Each way a command reads a file, as the arguments around it; "OUT" stands for an --out file. */
    private static final List<Function<String, String[]>> SLOTS = List.of(
            f -> new String[] {"plan", "check", f},
            f -> new String[] {"register", "check", f},
            f -> new String[] {"audit", "verify", "--db", f},
            f -> new String[] {"export", "--db", f, "--out", "OUT"},
            f -> new String[] {"coverage", "check", "--grids", f, "--out", "OUT"},
            f -> new String[] {"coverage", "check", "--grids", GRIDS, "--parent", f, "--out", "OUT"},
            f -> new String[] {"coverage", "repair", "--grids", f, "--out", "OUT"},
            f -> new String[] {"coverage", "repair", "--grids", GRIDS, "--parent", f, "--out", "OUT"},
            f -> new String[] {"locate", "--grids", f, "--points", POINTS, "--out", "OUT"},
            f -> new String[] {"locate", "--grids", GRIDS, "--points", f, "--out", "OUT"},
            f -> new String[] {"layers", "merge", "--base", f, "--layer", "party=" + GRIDS, "--out", "OUT"},
            f -> new String[] {"layers", "merge", "--base", GRIDS, "--layer", "party=" + f, "--out", "OUT"},
            f -> new String[] {"reach", "--homes", f, "--stations", POINTS, "--out", "OUT"},
            f -> new String[] {"reach", "--homes", POINTS, "--stations", f, "--out", "OUT"},
            f -> new String[] {"reach", "--homes", POINTS, "--stations", POINTS, "--roads", f, "--out", "OUT"},
            f -> new String[] {"reach", "--homes", POINTS, "--stations", POINTS, "--grids", f, "--out", "OUT"},
            f -> new String[] {"sla", "simulate", "--policy", f, "--events", EVENTS},
            f -> new String[] {"sla", "simulate", "--policy", POLICY, "--events", f},
            f -> new String[] {"sla", "simulate", "--policy", POLICY, "--events", EVENTS, "--calendar", f},
            f -> new String[] {"sla", "deadline", "--start", "2026-02-13T16:00+08:00", "--add", "5wd", "--calendar", f},
            f -> new String[] {
                "indicators",
                "--plan",
                f,
                "--histories",
                HISTORIES,
                "--from",
                "2026-12-01",
                "--to",
                "2027-01-31",
                "--out",
                "OUT"
            },
            f -> new String[] {
                "indicators",
                "--plan",
                PLAN,
                "--histories",
                f,
                "--from",
                "2026-12-01",
                "--to",
                "2027-01-31",
                "--out",
                "OUT"
            },
            f -> new String[] {
                "policy", "test", "--policies", "samples", "--scenarios", "DIR=" + f, "--junit-xml", "OUT"
            });

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                for (int slot = 0; slot < SLOTS.size(); slot++) {
                    String[] args = SLOTS.get(slot).apply(file.toString());
                    cases.add(Arguments.of(
                            String.join(" ", args), file.getFileName().toString(), slot));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "grid {0}")
    @MethodSource("cases")
    void isRefusedInOneLineAndLeavesTheOldOutputAsItWas(String commandLine, String file, int slot) throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), OLD);
        String[] args = SLOTS.get(slot).apply(CORPUS.resolve(file).toString());
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i].equals("OUT") ? out.toString() : args[i];
            if (args[i].startsWith("DIR=")) { // a scenario folder holding the file, named *.json
                Path folder = Files.createDirectories(dir.resolve("scenarios"));
                Path from = Path.of(args[i].substring(4));
                String name = from.getFileName().toString();
                Files.copy(from, folder.resolve(name.endsWith(".json") ? name : name + ".json"));
                args[i] = folder.toString();
            }
        }

        CliRun run = CliRun.of(args);

        assertThat(run.exit()).as(commandLine + "\n" + run.err()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, file);
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(OLD);
    }
}
