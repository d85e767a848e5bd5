package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a host listener (WeChat, SMS) that throws. The transition and its clocks stand; the
 * event is redelivered on a later tick once its backoff (from the injected clock) has elapsed, in
 * order per matter; the failures are counted in the office's health.
 */
class ListenerFailureTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final List<String> delivered = new ArrayList<>();
    private int failuresLeft = 2;
    private final GridOffice office = District.office(clock)
            .retry(Duration.ofMinutes(1), Duration.ofMinutes(30))
            .listener(e -> {
                if (failuresLeft > 0) {
                    failuresLeft--;
                    throw new IllegalStateException("WeChat gateway down");
                }
                delivered.add(e.matter() + "#" + e.version());
            })
            .build();

    @Test
    void aThrowingListenerLosesNothingAndIsRetriedWithBackoff() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));

        Tick first = office.tick();
        assertThat(first.failed()).isEqualTo(1);
        assertThat(delivered).isEmpty();
        assertThat(office.matter(id).state()).isEqualTo(State.REGISTERED);
        assertThat(office.clocks(id)).extracting(SlaClock::metric).contains(Metric.RESOLUTION);
        OfficeHealth health = office.health();
        assertThat(health.outbox().failures()).isEqualTo(1);
        assertThat(health.outbox().pending()).isEqualTo(2);
        assertThat(health.healthy()).isFalse();

        clock.advance(Duration.ofSeconds(59));
        assertThat(office.tick().failed()).isZero();
        assertThat(delivered).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(office.tick().failed()).isEqualTo(1); // second failure: the wait doubles
        clock.advance(Duration.ofMinutes(1));
        assertThat(office.tick().delivered()).isZero();
        clock.advance(Duration.ofMinutes(1));
        Tick last = office.tick();

        assertThat(last.delivered()).isEqualTo(2);
        assertThat(delivered).containsExactly(id + "#1", id + "#2");
        assertThat(office.health().outbox().failures()).isEqualTo(2);
        assertThat(office.health().outbox().pending()).isZero();
        assertThat(office.health().healthy()).isTrue();
    }

    @Test
    void anOfficeStartedOnTheSameStoreDeliversWhatTheLastOneCouldNot() {
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice down = District.office(clock)
                .store(store)
                .listener(e -> {
                    throw new IllegalStateException("SMS gateway down");
                })
                .build();
        MatterId id = down.report(District.sewage(GRID_1), "gw-1").id();
        down.tick();
        assertThat(store.outboxStats().pending()).isEqualTo(1);

        List<OfficeEvent> heard = new ArrayList<>();
        GridOffice restarted =
                District.office(clock).store(store).listener(heard::add).build();
        clock.advance(Duration.ofMinutes(1));
        restarted.tick();

        assertThat(heard).extracting(OfficeEvent::matter).containsExactly(id);
        assertThat(restarted.health().outbox()).isEqualTo(new OutboxStats(0, 1, 1));
    }

    @Test
    void theBackoffDoublesFromItsStartUpToItsCap() {
        assertThat(office.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(office.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(office.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(office.backoff(40)).isEqualTo(Duration.ofMinutes(30));
    }
}
