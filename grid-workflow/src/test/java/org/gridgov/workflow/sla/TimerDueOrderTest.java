package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gridgov.workflow.matter.MatterId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Timer#DUE_ORDER}, written out by hand for speed, orders exactly as the chain of key
 * extractors it replaced (instant, matter, metric, cycle, step): seeded random timers with many
 * ties in every part, compared pair by pair and sorted.
 */
class TimerDueOrderTest {
    private static final Comparator<Timer> CHAIN = Comparator.comparing(Timer::at)
            .thenComparing(Timer::matter)
            .thenComparing(Timer::metric)
            .thenComparingInt(Timer::cycle)
            .thenComparingInt(Timer::step);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026})
    void ordersAsTheChainOfKeys(long seed) {
        Random random = new Random(seed);
        Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
        Metric[] metrics = Metric.values();
        List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            timers.add(new Timer(
                    MatterId.of("M00000" + random.nextInt(4)),
                    metrics[random.nextInt(metrics.length)],
                    1 + random.nextInt(2),
                    random.nextInt(3) - 1, // negative keys too
                    t0.plusSeconds(random.nextInt(3))));
        }
        for (Timer a : timers) {
            for (Timer b : timers) {
                assertThat(Integer.signum(Timer.DUE_ORDER.compare(a, b)))
                        .as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(CHAIN.compare(a, b)));
            }
        }
        List<Timer> byHand = new ArrayList<>(timers);
        byHand.sort(Timer.DUE_ORDER);
        List<Timer> byChain = new ArrayList<>(timers);
        byChain.sort(CHAIN);
        assertThat(byHand).isEqualTo(byChain);
    }
}
