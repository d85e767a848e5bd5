package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaDeadlineCommandTest {

    /**
     * "357" from seed 000 across the 2026 Spring Festival (holiday 02-15..23, make-up Saturdays
     * 02-14 and 02-28; State Council notice): a matter received Friday 02-13 at 16:00.
     */
    @ParameterizedTest(name = "{0} from 2026-02-13T16:00+08:00 with hours ''{1}'' is due {2}")
    @CsvSource({
        "3h, '', 2026-02-13T19:00+08:00",
        "5wd, '', 2026-02-27T16:00+08:00",
        "5wd, '08:30-12:00,13:30-17:30', 2026-02-27T17:30+08:00",
        "7wd, '08:30-12:00,13:30-17:30', 2026-03-02T17:30+08:00",
        "4wh, '08:30-12:00,13:30-17:30', 2026-02-14T11:00+08:00"
    })
    void printsTheDueInstant(String limit, String hours, String due) {
        CliRun run = hours.isEmpty()
                ? CliRun.of("sla", "deadline", "--start", "2026-02-13T16:00+08:00", "--add", limit)
                : CliRun.of(
                        "sla",
                        "deadline",
                        "--start",
                        "2026-02-13T16:00+08:00",
                        "--add",
                        limit,
                        "--working-hours",
                        hours);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(due + "\n");
    }

    /**
     * Friday 2030-02-01 09:00 + 5wd on the provisional 2030: Spring Festival from its eve Saturday
     * 02-02 to Tuesday 02-05, the weekend made up on 02-06 and 02-07; then 02-08, 11, 12, 13, 14.
     */
    @Test
    void anAnswerOnProvisionalYearsSaysSo() {
        CliRun run = CliRun.of("sla", "deadline", "--start", "2030-02-01T09:00+08:00", "--add", "5wd");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2).first().isEqualTo("2030-02-14T09:00+08:00");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("provisional:")
                .contains("2030")
                .contains("--calendar");
    }

    @Test
    void anAnswerWithinThePublishedYearsPrintsOnlyTheInstant() {
        CliRun run = CliRun.of("sla", "deadline", "--start", "2026-12-21T09:00+08:00", "--add", "5wd");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("2026-12-28T09:00+08:00\n").doesNotContain("provisional");
    }

    @Test
    void aYearBeyond2100FailsClosedAndACalendarFileMakesAYearOfficial(@TempDir Path dir) throws IOException {
        CliRun closed = CliRun.of("sla", "deadline", "--start", "2101-03-01T09:00+08:00", "--add", "5wd");
        assertThat(closed.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(closed.err()).contains("2101");

        CliRun provisional = CliRun.of("sla", "deadline", "--start", "2027-03-01T09:00+08:00", "--add", "5wd");
        assertThat(provisional.out()).startsWith("2027-03-08T09:00+08:00\n").contains("provisional");

        Path file = dir.resolve("2027.json");
        Files.writeString(
                file,
                "{\"format\":\"grid-holidays/1\",\"zone\":\"Asia/Shanghai\",\"source\":\"test\","
                        + "\"years\":[{\"year\":2027,\"holidays\":[],\"makeUpWorkdays\":[]}]}");
        CliRun open = CliRun.of(
                "sla", "deadline", "--start", "2027-03-01T09:00+08:00", "--add", "5wd", "--calendar", file.toString());
        assertThat(open.err()).isEmpty();
        assertThat(open.out()).isEqualTo("2027-03-08T09:00+08:00\n");
    }

    @Test
    void badLimitsAndTimesExitTwoNamingTheValue() {
        assertThat(CliRun.of("sla", "deadline", "--start", "2026-02-13T16:00+08:00", "--add", "5d")
                        .err())
                .contains("'5d'");
        CliRun badStart = CliRun.of("sla", "deadline", "--start", "13/02/2026", "--add", "5wd");
        assertThat(badStart.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(badStart.err()).contains("--start").contains("'13/02/2026'");
    }
}
