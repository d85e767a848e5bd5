package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.gridgov.examples.simulate.DistrictSimulation;
import org.gridgov.examples.simulate.HistoryLines;
import org.gridgov.examples.simulate.SampleDistrict;
import org.gridgov.examples.simulate.SimulationSummary;
import org.gridgov.examples.store.OfficeDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid simulate --samples DIR --start ISO_INSTANT --days N --seed S}: a simulated district
 * run by a {@code GridOffice} on a manual clock.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a simulated district through a GridOffice on a manual clock: residents report at GCJ-02",
            "coordinates, staff act with seeded habits, SLA timers fire warnings, breaches, escalations and",
            "supervision cards, and notifications are delivered through the outbox (with retries).",
            "The seeds' practices run too: whistles summon departments (check-in, refusal, no-show",
            "escalating), departments push tasks through the admission gate, grid workers fix small",
            "matters on the spot, and supervisors reveal reporters of escalated, supervised or failed matters (audited).",
            "Reports come from residents of jingkou.register.json; no personal value is printed.",
            "Prints a summary (two lines); progress goes to standard error, one line per simulated day.",
            "",
            "--out SUMMARY.json fields: matters, refusedReports, closed, onTime, open, commands,",
            "refusedCommands, warnings, breaches, escalations (by the SLA ladder), yellowCards, redCards,",
            "notificationsDelivered, deliveryFailures, clockProblems, whistles (summons rounds),",
            "summonses (departments summoned), checkIns, refusals (summonses declined with a reason),",
            "noShows, noShowEscalations, pushes (tasks departments pushed, admitted or not), pushesRefused",
            "(by the admission gate), onTheSpotFixes (即知即改), reveals (supervisors' audited reveals of a",
            "reporter)."
        })
final class SimulateCommand implements Callable<Integer> {
    @Option(
            names = "--samples",
            required = true,
            paramLabel = "DIR",
            converter = InputPaths.ReadableFolder.class,
            description =
                    "the sample folder: jingkou.plan.json, its GeoJSON boundaries, policy-*.json (policy-departments.json too), sla-*.json, jingkou.register.json")
    Path samples;

    @Option(names = "--start", required = true, paramLabel = "ISO_INSTANT", description = "e.g. 2026-12-14T00:00:00Z")
    String start;

    @Option(names = "--days", required = true, paramLabel = "N", description = "simulated days, 1 to 3660")
    int days;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "the seed of every random decision")
    long seed;

    @Option(
            names = "--rate",
            paramLabel = "MATTERS_PER_DAY",
            defaultValue = "40",
            description = "residents' reports per day (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--out", paramLabel = "SUMMARY.json", description = "write the summary as JSON")
    Path out;

    @Option(
            names = "--histories",
            paramLabel = "FILE.jsonl",
            description = "write every matter's history, one JSON object per line")
    Path histories;

    @Option(
            names = "--log-commits",
            description = "print COMMIT <matter> <version> <action> on standard output after each committed transition")
    boolean logCommits;

    @Option(
            names = "--db",
            paramLabel = "DIR|JDBC_URL",
            description = {
                "keep the office and the run's progress in this database: a folder (an embedded PostgreSQL,",
                "created on first use) or a jdbc:postgresql:// URL; run again with the same arguments to resume"
            })
    String db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        DistrictSimulation.Builder b = DistrictSimulation.builder(SampleDistrict.read(samples))
                .start(instant(start))
                .days(days)
                .seed(seed)
                .rate(rate);
        if (logCommits) {
            b.commitLog(stdout);
        }
        if (days > 1) {
            b.progress(line -> {
                stderr.println(line);
                stderr.flush();
            });
        }
        DistrictSimulation.Result result;
        if (db == null) {
            result = QuietOffice.during(b.build()::run);
        } else {
            try (OfficeDatabase database = OfficeDatabase.open(db)) {
                result = QuietOffice.during(b.database(database.dataSource()).build()::run);
            }
        }
        SimulationSummary s = result.summary();
        if (out != null) {
            Output.write(s.toJson().toPrettyString() + System.lineSeparator(), out, stdout);
        }
        if (histories != null) {
            Output.write(
                    result.histories().stream()
                            .map(h -> HistoryLines.line(h) + "\n")
                            .collect(Collectors.joining()),
                    histories,
                    stdout,
                    "--histories");
        }
        PrintWriter summary = logCommits ? stderr : stdout;
        summary.println(s.line());
        summary.println(s.practicesLine());
        summary.flush();
        return Grid.CLEAN;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidInputException("--start", "an ISO 8601 instant such as 2026-12-14T00:00:00Z", text);
            }
        }
    }
}
