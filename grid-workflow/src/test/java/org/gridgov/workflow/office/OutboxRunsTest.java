package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory outbox hands out each matter's run of events at once ({@link
 * OfficeStore#deliverableRuns}); a failed delivery still holds back the rest of its matter's run,
 * so every event reaches the listener once and in order per matter.
 */
class OutboxRunsTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");

    @Test
    void aMattersEventsComeAsOneRunUpToTheFirstThatWaits() {
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice office = District.office(clock).store(store).build();
        Matter a = office.report(District.sewage(GRID_1), "gw-1");
        office.handle(Command.on(a, Action.REGISTER, "disp-1"));
        Matter b = office.report(District.sewage(GRID_1), "gw-1");

        assertThat(store.deliverable(clock.instant(), 10))
                .extracting(e -> e.event().matter() + "#" + e.event().version())
                .containsExactly(a.id() + "#1", b.id() + "#1");
        List<OutboxEntry> runs = store.deliverableRuns(clock.instant(), 10);
        assertThat(runs)
                .extracting(e -> e.event().matter() + "#" + e.event().version())
                .containsExactly(a.id() + "#1", a.id() + "#2", b.id() + "#1");
        assertThat(store.deliverableRuns(clock.instant(), 2)).containsExactlyElementsOf(runs.subList(0, 2));

        store.failed(runs.get(0).sequence(), clock.instant().plusSeconds(60));
        assertThat(store.deliverableRuns(clock.instant(), 10))
                .as("a's run waits behind its failed head")
                .extracting(e -> e.event().matter() + "#" + e.event().version())
                .containsExactly(b.id() + "#1");
        assertThat(store.deliverableRuns(clock.instant().plusSeconds(60), 10)).hasSize(3);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 5, 42, 2026})
    void withFailingDeliveriesEveryEventArrivesOnceInOrderPerMatter(long seed) {
        Random random = new Random(seed);
        Map<MatterId, List<Long>> arrived = new HashMap<>();
        int[] failures = {0};
        GridOffice office = District.office(clock)
                .retry(Duration.ofMinutes(1), Duration.ofMinutes(4))
                .listener(e -> {
                    if (random.nextInt(4) == 0) {
                        failures[0]++;
                        throw new IllegalStateException("SMS gateway down");
                    }
                    if (e.kind() == OfficeEvent.Kind.TRANSITION) {
                        arrived.computeIfAbsent(e.matter(), k -> new ArrayList<>())
                                .add(e.version());
                    }
                })
                .build();
        List<MatterId> ids = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            Matter m = office.report(District.sewage(GRID_1), "gw-1");
            ids.add(m.id());
            m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
            if (random.nextBoolean()) {
                m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
                office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
            }
            if (random.nextBoolean()) {
                office.tick();
            }
            clock.advance(Duration.ofSeconds(random.nextInt(90)));
        }
        for (int i = 0; i < 200 && office.health().outbox().pending() > 0; i++) {
            clock.advance(Duration.ofMinutes(1));
            office.tick();
        }

        assertThat(failures[0]).as("the seed made deliveries fail").isPositive();
        assertThat(office.health().outbox().pending()).isZero();
        for (MatterId id : ids) {
            long version = office.matter(id).version();
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= version; v++) {
                expected.add(v);
            }
            assertThat(arrived.get(id)).as("%s", id).isEqualTo(expected);
        }
    }
}
