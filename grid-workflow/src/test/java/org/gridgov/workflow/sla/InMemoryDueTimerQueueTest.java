package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.workflow.matter.MatterId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-memory queue returns exactly the due timers, earliest first, and fires each key once. */
class InMemoryDueTimerQueueTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void pollsDueTimersInDueOrderAndNothingEarly(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        InMemoryDueTimerQueue queue = new InMemoryDueTimerQueue();
        List<Timer> pending = new ArrayList<>();
        Instant base = Instant.parse("2026-03-02T01:00:00Z");
        Instant now = base;
        for (int round = 0; round < 50; round++) {
            for (int i = r.nextInt(200); i > 0; i--) {
                Timer t = new Timer(
                        MatterId.of("M" + r.nextInt(1000)),
                        Metric.values()[r.nextInt(4)],
                        1,
                        r.nextInt(5),
                        now.plusNanos(r.nextLong(3_600_000_000_000L)));
                queue.schedule(t);
                pending.add(t);
            }
            now = now.plusNanos(r.nextLong(1_800_000_000_000L));
            List<Timer> polled = new ArrayList<>();
            for (var t = queue.pollDue(now); t.isPresent(); t = queue.pollDue(now)) {
                polled.add(t.get());
            }
            Instant cut = now;
            List<Timer> due = pending.stream()
                    .filter(t -> !t.at().isAfter(cut))
                    .sorted(Comparator.comparing(Timer::at))
                    .toList();
            assertThat(polled).containsExactlyInAnyOrderElementsOf(due);
            assertThat(polled).extracting(Timer::at).isSorted();
            pending.removeAll(due);
            assertThat(queue.size()).isEqualTo(pending.size());
        }
        TimerKey key = new TimerKey(MatterId.of("M1"), Metric.RESOLUTION, 1, 0);
        assertThat(queue.hasFired(key)).isFalse();
        assertThat(queue.markFired(key)).isTrue();
        assertThat(queue.markFired(key)).isFalse();
        assertThat(queue.hasFired(key)).isTrue();
    }
}
