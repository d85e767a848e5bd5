package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad option value, for every command, exits 2 with exactly one line on standard error that
 * names the option (or the file), and never a stack trace (issue 11 item 2, issue 16).
 */
class BadOptionsTest {
    private static final String GRIDS = "samples/jingkou.grids.geojson";
    private static final String POINTS = "samples/jingkou.reports.csv";
    private static final String POLICY = "samples/sla-357.json";
    private static final String EVENTS = "samples/sla-events-suspended.json";
    private static final String MISSING = "samples/no-such-file.json";
    private static final String FOLDER = "samples";

    @TempDir
    static Path dir;

    static Stream<Arguments> badOptions() {
        List<Arguments> cases = new ArrayList<>();
        for (String width : List.of("-1", "-0.5", "NaN", "Infinity", "-Infinity", "1e999", "0x1p4", "1.0d", "one")) {
            cases.add(bad("--gap-width-m", "coverage", "check", "--grids", GRIDS, "--gap-width-m", width));
        }
        cases.add(bad("--grids", "coverage", "check", "--grids", MISSING));
        cases.add(bad("--grids", "coverage", "check", "--grids", FOLDER));
        cases.add(bad("--parent", "coverage", "check", "--grids", GRIDS, "--parent", MISSING));
        cases.add(bad("--parent", "coverage", "check", "--grids", GRIDS, "--parent", FOLDER));
        cases.add(bad("--units", "coverage", "check", "--grids", GRIDS, "--units", "furlongs"));
        cases.add(bad("--format", "coverage", "check", "--grids", GRIDS, "--format", "xml"));
        cases.add(bad("--out", "coverage", "check", "--grids", GRIDS, "--out", FOLDER));
        cases.add(bad("--out", "coverage", "check", "--grids", GRIDS, "--out", MISSING + "/under/a/file"));
        cases.add(bad("--frob", "coverage", "check", "--grids", GRIDS, "--frob"));
        cases.add(bad("--grids", "coverage", "check"));
        cases.add(bad("--grids", "coverage", "check", "--grids", ""));
        cases.add(bad("--id-property", "coverage", "check", "--grids", GRIDS, "--id-property", " "));
        for (String metres : List.of("-1", "NaN", "Infinity", "1e999", "one")) {
            cases.add(
                    bad("--snap-m", "coverage", "repair", "--grids", GRIDS, "--out", "x.geojson", "--snap-m", metres));
            cases.add(bad(
                    "--max-gap-width-m",
                    "coverage",
                    "repair",
                    "--grids",
                    GRIDS,
                    "--out",
                    "x.geojson",
                    "--max-gap-width-m",
                    metres));
        }
        cases.add(bad("--out", "coverage", "repair", "--grids", GRIDS));
        cases.add(bad("--out", "coverage", "repair", "--grids", GRIDS, "--out", FOLDER));
        cases.add(bad("--changes", "coverage", "repair", "--grids", GRIDS, "--out", "x.geojson", "--changes", FOLDER));
        cases.add(bad("--units", "coverage", "repair", "--grids", GRIDS, "--out", "x.geojson", "--units", "feet"));
        cases.add(bad("--parent", "coverage", "repair", "--grids", GRIDS, "--out", "x.geojson", "--parent", MISSING));
        cases.add(bad("--grids", "coverage", "repair", "--out", "x.geojson"));
        cases.add(bad("--id-property", "locate", "--grids", GRIDS, "--points", POINTS, "--id-property", ""));

        cases.add(bad("--points", "locate", "--grids", GRIDS, "--points", MISSING));
        cases.add(bad("--points", "locate", "--grids", GRIDS, "--points", FOLDER));
        cases.add(bad("--grids", "locate", "--grids", FOLDER, "--points", POINTS));
        cases.add(bad("--crs", "locate", "--grids", GRIDS, "--points", POINTS, "--crs", "mercator"));
        cases.add(bad("--out", "locate", "--grids", GRIDS, "--points", POINTS, "--out", FOLDER));

        cases.add(bad("--base", "layers", "merge", "--base", MISSING, "--layer", "party=" + GRIDS));
        cases.add(bad("--layer", "layers", "merge", "--base", GRIDS, "--layer", "party=" + MISSING));
        cases.add(bad("--layer", "layers", "merge", "--base", GRIDS, "--layer", "party=" + FOLDER));
        cases.add(bad("--layer", "layers", "merge", "--base", GRIDS, "--layer", "base=" + GRIDS));
        cases.add(bad("--layer", "layers", "merge", "--base", GRIDS));
        cases.add(bad("--format", "layers", "merge", "--base", GRIDS, "--layer", "a=" + GRIDS, "--format", "xml"));
        cases.add(
                bad("--id-property", "layers", "merge", "--base", GRIDS, "--layer", "a=" + GRIDS, "--id-property", ""));
        cases.add(bad("--homes", "reach", "--homes", MISSING, "--stations", POINTS));
        cases.add(bad("--stations", "reach", "--homes", POINTS, "--stations", FOLDER));
        cases.add(bad("--roads", "reach", "--homes", POINTS, "--stations", POINTS, "--roads", MISSING));
        cases.add(bad("--minutes", "reach", "--homes", POINTS, "--stations", POINTS, "--minutes", "0"));
        cases.add(bad("--minutes", "reach", "--homes", POINTS, "--stations", POINTS, "--minutes", "NaN"));
        cases.add(bad("--speed-kmh", "reach", "--homes", POINTS, "--stations", POINTS, "--speed-kmh", "-4.5"));
        cases.add(bad("--detour", "reach", "--homes", POINTS, "--stations", POINTS, "--detour", "0.9"));
        cases.add(bad("--suggest", "reach", "--homes", POINTS, "--stations", POINTS, "--suggest", "-1"));
        cases.add(bad("--out", "reach", "--homes", POINTS, "--stations", POINTS, "--out", FOLDER));

        cases.add(bad("PLAN.json", "plan", "check", MISSING));
        cases.add(bad("PLAN.json", "plan", "check", FOLDER));
        cases.add(bad("--format", "plan", "check", "samples/jingkou.plan.json", "--format", "yaml"));

        String[] indicators = {
            "indicators", "--plan", "samples/jingkou.plan.json", "--histories", "samples/jingkou.histories.jsonl"
        };
        cases.add(bad("--from", concat(indicators, "--to", "2027-01-31")));
        cases.add(bad("--from", concat(indicators, "--from", "2026-13-01", "--to", "2027-01-31")));
        cases.add(bad("--to", concat(indicators, "--from", "2026-12-01", "--to", "tomorrow")));
        cases.add(bad("--level", concat(indicators, "--from", "2026-12-01", "--to", "2027-01-31", "--level", "city")));
        cases.add(bad("--format", concat(indicators, "--from", "2026-12-01", "--to", "2027-01-31", "--format", "xml")));
        cases.add(bad("--out", concat(indicators, "--from", "2026-12-01", "--to", "2027-01-31", "--out", FOLDER)));
        cases.add(bad(
                "--histories",
                "indicators",
                "--plan",
                "samples/jingkou.plan.json",
                "--histories",
                MISSING,
                "--from",
                "2026-12-01",
                "--to",
                "2027-01-31"));
        cases.add(bad(
                "--plan",
                "indicators",
                "--plan",
                FOLDER,
                "--histories",
                "samples/jingkou.histories.jsonl",
                "--from",
                "2026-12-01",
                "--to",
                "2027-01-31"));
        cases.add(bad("REGISTER.json", "register", "check", MISSING));
        cases.add(bad("REGISTER.json", "register", "check", FOLDER));
        cases.add(bad("--format", "register", "check", "samples/jingkou.register.json", "--format", "yaml"));
        cases.add(bad("--policies", "policy", "test", "--policies", MISSING, "--scenarios", "samples/policy-tests"));
        cases.add(bad("--scenarios", "policy", "test", "--policies", "samples", "--scenarios", POLICY));
        cases.add(bad("--scenarios", "policy", "test", "--policies", "samples"));
        cases.add(bad(
                "--junit-xml",
                "policy",
                "test",
                "--policies",
                "samples",
                "--scenarios",
                "samples/policy-tests",
                "--junit-xml",
                FOLDER));

        cases.add(bad("SAMPLES", "demo", MISSING));
        cases.add(bad("SAMPLES", "demo", POLICY));

        cases.add(bad("--policy", "sla", "simulate", "--policy", MISSING, "--events", EVENTS));
        cases.add(bad("--policy", "sla", "simulate", "--policy", FOLDER, "--events", EVENTS));
        cases.add(bad("--events", "sla", "simulate", "--policy", POLICY, "--events", FOLDER));
        cases.add(bad("--calendar", "sla", "simulate", "--policy", POLICY, "--events", EVENTS, "--calendar", FOLDER));
        cases.add(bad(
                "--working-hours",
                "sla",
                "simulate",
                "--policy",
                POLICY,
                "--events",
                EVENTS,
                "--working-hours",
                "25:00-26:00"));
        cases.add(bad(
                "--calendar",
                "sla",
                "deadline",
                "--start",
                "2026-02-13T16:00+08:00",
                "--add",
                "5wd",
                "--calendar",
                MISSING));
        cases.add(bad(
                "--working-hours",
                "sla",
                "deadline",
                "--start",
                "2026-02-13T16:00+08:00",
                "--add",
                "5wd",
                "--working-hours",
                "17:00-09:00"));
        cases.add(bad("--db", "export", "--out", MISSING + ".jsonl"));
        cases.add(bad("--db", "export", "--db", POLICY, "--out", MISSING + ".jsonl"));
        cases.add(bad("--db", "export", "--db", "jdbc:mysql://localhost/grid", "--out", MISSING + ".jsonl"));
        cases.add(bad("--db", "audit", "verify"));
        cases.add(bad("--db", "audit", "verify", "--db", POLICY));
        cases.add(bad("--db", "audit", "verify", "--db", "jdbc:mysql://localhost/grid"));
        cases.add(bad("no-such-folder", "audit", "verify", "--db", FOLDER + "/no-such-folder"));
        cases.add(bad("holds no database", "audit", "verify", "--db", FOLDER));
        cases.add(bad("no-such-folder", "export", "--db", FOLDER + "/no-such-folder", "--out", MISSING + ".jsonl"));
        cases.add(bad("holds no database", "export", "--db", FOLDER, "--out", MISSING + ".jsonl"));
        cases.add(bad("'frob'", "frob"));
        return cases.stream();
    }

    private static Arguments bad(String named, String... args) {
        return Arguments.of(String.join(" ", args), named, args);
    }

    @ParameterizedTest(name = "grid {0}")
    @MethodSource("badOptions")
    void exitsTwoWithOneLineNamingTheOption(String commandLine, String named, String[] args) {
        CliRun run = CliRun.of(args);

        assertThat(run.exit()).as(commandLine).isEqualTo(Grid.BAD_INPUT);
        assertOneCleanLine(run, named);
        assertThat(run.out()).as("nothing on standard output").isEmpty();
    }

    static Stream<Arguments> extremeInstants() {
        return Stream.of(
                Arguments.of("\"+999999999-12-31T23:59:59+08:00\"", "events[0].at"),
                Arguments.of("\"-999999999-01-01T00:00:00+08:00\"", "events[0].at"),
                Arguments.of("\"10000-01-01T00:00:00+08:00\"", "events[0].at"),
                Arguments.of("\"1066-10-14T09:00:00+00:00\"", "events[0].at"),
                Arguments.of("12345678901234567890", "events[0].at"),
                Arguments.of("\"2026-02-30T09:00+08:00\"", "events[0].at"));
    }

    @ParameterizedTest(name = "at = {0}")
    @MethodSource("extremeInstants")
    void anEventAtAnExtremeOrImpossibleInstantIsBadInput(String at, String path) throws IOException {
        Path events = Files.writeString(
                dir.resolve("extreme.json"),
                "{\"format\":\"grid-sla-events/1\",\"matter\":{\"category\":\"SANITATION\",\"severity\":\"LOW\"},"
                        + "\"events\":[{\"at\":" + at + ",\"action\":\"REPORT\"}]}");
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", events.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertOneCleanLine(run, "extreme.json");
        assertThat(run.err()).contains(path);
    }

    static void assertOneCleanLine(CliRun run, String named) {
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err())
                .startsWith("grid: ")
                .endsWith("\n")
                .contains(named)
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("at java.")
                .doesNotContain("\tat ");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
