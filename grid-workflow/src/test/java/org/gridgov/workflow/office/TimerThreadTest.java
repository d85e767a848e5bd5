package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/** The timer thread only calls tick() on a period; health says whether it runs. Tests never wait for it. */
class TimerThreadTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");

    @Test
    void startOnAHostExecutorRunsUntilClosedAndLeavesTheExecutorToTheHost() {
        ScheduledExecutorService host = Executors.newSingleThreadScheduledExecutor();
        try {
            GridOffice office =
                    District.office(clock).tickEvery(Duration.ofHours(1)).build();
            assertThat(office.health().running()).isFalse();
            office.start(host);
            assertThat(office.health().running()).isTrue();
            assertThatThrownBy(() -> office.start(host)).isInstanceOf(IllegalStateException.class);
            office.close();
            assertThat(office.health().running()).isFalse();
            assertThat(host.isShutdown()).isFalse();
        } finally {
            host.shutdownNow();
        }
    }

    @Test
    void theOfficesOwnThreadStopsOnClose() {
        GridOffice office =
                District.office(clock).tickEvery(Duration.ofHours(1)).build();
        office.start();
        assertThat(office.health().running()).isTrue();
        office.close();
        assertThat(office.health().running()).isFalse();
    }

    @Test
    void periodsAndBackoffsAreChecked() {
        assertThatThrownBy(() -> District.office(clock).tickEvery(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tickEvery");
        assertThatThrownBy(() -> District.office(clock).retry(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("retry");
    }
}
