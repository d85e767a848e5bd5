package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pausing and resuming never shortens the time allowed: for seeded random limits, calendars, start
 * instants (2025 to mid-2026, holidays included) and up to four pauses, the due instant is never
 * before the unpaused one, and the time counted on the calendar over the running spans up to the
 * due instant is exactly the time allowed without pauses.
 */
class PauseNeverShortensTest {
    private static final String[] LIMITS = {"3h", "30m", "4wh", "1wd", "5wd", "7wd"};
    private static final WorkingCalendar ALL_DAY = WorkingCalendar.china();
    private static final WorkingCalendar OFFICE =
            WorkingCalendar.china().withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
    private static final Instant FROM =
            OffsetDateTime.parse("2025-01-01T00:00+08:00").toInstant();

    static Stream<Long> seeds() {
        return IntStream.range(0, 400).mapToObj(i -> 6000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pausesNeverShortenTheAllowedTime(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String limit = LIMITS[r.nextInt(LIMITS.length)];
        WorkingCalendar cal = r.nextBoolean() ? ALL_DAY : OFFICE;
        SlaPolicy policy = policy(limit);
        Instant start = FROM.plusSeconds(r.nextLong(540L * 86_400) / 60 * 60);
        Scripts.Manual clock = new Scripts.Manual(start);
        SlaScheduler sla =
                SlaScheduler.builder(clock).policy(policy).calendar(cal).build();
        MatterId id = MatterId.of("M" + seed);
        long v = 1;
        sla.observe("SANITATION", Severity.LOW, Scripts.step(id, v++, Action.REPORT, State.REPORTED, start));
        List<Instant[]> pauses = new ArrayList<>();
        Instant t = start;
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            Instant from = t.plusSeconds(60L * r.nextInt(3 * 24 * 60));
            Instant to = from.plusSeconds(60L * r.nextInt(4 * 24 * 60));
            sla.observe("SANITATION", Severity.LOW, Scripts.step(id, v++, Action.SUSPEND, State.SUSPENDED, from));
            sla.observe("SANITATION", Severity.LOW, Scripts.step(id, v++, Action.RESUME, State.IN_PROGRESS, to));
            pauses.add(new Instant[] {from, to});
            t = to;
        }
        clock.now = t;
        SlaClock c = sla.clock(id, Metric.RESOLUTION).orElseThrow();
        TimeLimit target = TimeLimit.parse(limit);
        Instant unpaused = cal.deadline(start, target);
        Duration allowed = target instanceof ClockTime ct
                ? ct.duration()
                : cal.workingTimeBetween(start, unpaused).duration();

        assertThat(c.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(c.due()).as("due with %s pauses", n).isAfterOrEqualTo(unpaused);
        assertThat(counted(cal, target instanceof ClockTime, start, pauses, c.due()))
                .isEqualTo(allowed);
        assertThat(c.allowed()).isEqualTo(allowed);
        assertThat(c.pauses()).hasSize(n);
    }

    /** Time counted over [start, due) minus the pauses, computed independently of the clock. */
    private static Duration counted(
            WorkingCalendar cal, boolean clockTime, Instant start, List<Instant[]> pauses, Instant due) {
        Duration sum = Duration.ZERO;
        Instant from = start;
        for (Instant[] p : pauses) {
            sum = sum.plus(span(cal, clockTime, from, min(p[0], due)));
            from = max(from, p[1]);
        }
        return sum.plus(span(cal, clockTime, min(from, due), due));
    }

    private static Duration span(WorkingCalendar cal, boolean clockTime, Instant a, Instant b) {
        if (!a.isBefore(b)) {
            return Duration.ZERO;
        }
        return clockTime ? Duration.between(a, b) : cal.workingTimeBetween(a, b).duration();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static SlaPolicy policy(String limit) {
        return PolicyJson.read(
                "pause.json",
                "{\"format\":\"grid-sla/1\",\"id\":\"pause\",\"version\":1,"
                        + "\"clocks\":[{\"metric\":\"RESOLUTION\",\"startOn\":[\"REPORT\"],\"pauseOn\":[\"SUSPEND\"],\"resumeOn\":[\"RESUME\"],\"stopOn\":[\"CLOSE\"]}],"
                        + "\"rules\":[{\"id\":\"all\",\"targets\":[{\"metric\":\"RESOLUTION\",\"limit\":\"" + limit
                        + "\"}]}]}",
                SlaPolicy.class);
    }
}
