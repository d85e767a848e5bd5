package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/** The intake's day for the admission list: {@code LocalDate.now(clock)}, also across midnights and clocks set back. */
class TodayTest {

    @Test
    void theDayTurnsAtLocalMidnightAndFollowsAClockSetBack() {
        ManualClock clock = ManualClock.of(Instant.parse("2026-12-31T15:59:59Z"), ZoneId.of("Asia/Shanghai"));
        Today today = new Today(clock);

        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 31)); // 23:59:59 in Shanghai
        clock.advance(Duration.ofSeconds(1));
        assertThat(today.date()).isEqualTo(LocalDate.of(2027, 1, 1));
        clock.set(Instant.parse("2026-12-31T15:00:00Z"));
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aDayWithAClockChangeEndsAtItsOwnMidnight() {
        ZoneId newYork = ZoneId.of("America/New_York"); // 2026-03-08 has 23 hours
        ManualClock clock = ManualClock.of(Instant.parse("2026-03-08T05:00:00Z"), newYork);
        Today today = new Today(clock);

        for (int hour = 0; hour < 30; hour++) {
            assertThat(today.date()).as("hour %d", hour).isEqualTo(LocalDate.now(clock));
            clock.advance(Duration.ofHours(1));
        }
    }
}
