package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gridgov.examples.store.OfficeDatabase;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grid simulate --db --log-commits} in its own JVM, killed with SIGKILL 50 times at seeded
 * points (after 1 to 25 reported commits) and started again with the same arguments each time:
 * every transition a killed run reported as committed is in the database, every history runs 1..n
 * without a hole, and no SLA step fired twice in a matter.
 *
 * <p>The children share one PostgreSQL server this test starts once and reach it by its
 * {@code jdbc:postgresql://} URL: a killed child then costs only its JVM's start, which keeps the 50
 * kills within about two minutes, and the server sees exactly what a production database sees when
 * an instance dies mid-transaction (its socket closes). The orphaned embedded server that a killed
 * {@code --db DIR} run leaves is stopped by {@code OfficeDatabase} on the next open, outside this
 * test. The slowest test of the module, on purpose: about two minutes on a quiet 2-core machine.
 */
class SimulateCrashTest {
    private static final int KILLS = 50;

    @Test
    void killedFiftyTimesAndRestartedItLosesNoReportedCommitLeavesNoHoleAndFiresNoStepTwice(@TempDir Path dir)
            throws IOException, InterruptedException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "50")
                .start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Random random = new Random(20261202L);
            List<String> reported = new ArrayList<>();
            int kills = 0;
            while (kills < KILLS) {
                int killAfter = 1 + random.nextInt(25);
                if (runUntilKilled(url, dir.resolve("child-" + kills + ".err"), killAfter, reported)) {
                    kills++;
                }
            }
            assertThat(reported).hasSizeGreaterThanOrEqualTo(KILLS);

            try (OfficeDatabase db = OfficeDatabase.open(url)) {
                List<MatterHistory> histories = db.histories();
                Set<String> stored = new HashSet<>();
                for (MatterHistory h : histories) {
                    List<Transition> ts = h.transitions();
                    for (int i = 0; i < ts.size(); i++) {
                        assertThat(ts.get(i).version())
                                .as("%s: versions 1..n", h.matterId())
                                .isEqualTo(i + 1L);
                        stored.add("COMMIT " + h.matterId() + " " + ts.get(i).version() + " "
                                + ts.get(i).action());
                    }
                    Map<String, Long> steps = ts.stream()
                            .flatMap(t -> t.stepIfAny().stream())
                            .collect(Collectors.groupingBy(s -> s.key(), Collectors.counting()));
                    assertThat(steps.values())
                            .as("%s: each step fired once", h.matterId())
                            .allMatch(n -> n == 1);
                }
                assertThat(stored).as("every reported commit is stored").containsAll(reported);
            }
        }
    }

    /** Runs a child until it reported {@code killAfter} commits, then kills it; true if it was killed. */
    private static boolean runUntilKilled(String url, Path err, int killAfter, List<String> reported)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", // a short-lived child: start fast, not peak speed
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Grid.class.getName(),
                        "simulate",
                        "--samples",
                        "samples",
                        "--start",
                        "2026-12-28T00:00:00Z",
                        "--days",
                        "60",
                        "--seed",
                        "11",
                        "--rate",
                        "30",
                        "--db",
                        url,
                        "--log-commits")
                .redirectError(err.toFile())
                .start();
        int seen = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("COMMIT ")) {
                    reported.add(line);
                    if (++seen == killAfter) {
                        child.destroyForcibly(); // SIGKILL on Linux
                        break;
                    }
                }
            }
        }
        child.waitFor(60, TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
        return seen == killAfter;
    }
}
