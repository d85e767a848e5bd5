package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.Timer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heap of each matter's earliest timer, with lazy deletion, answers exactly as the sorted set
 * it replaced: seeded random replacements (timers superseded, rescheduled to an instant they had
 * before, removed) and due queries at random instants and limits, checked against a {@link TreeSet}
 * in due order; and, as the office uses it, due timers taken a few at a time and fired (removed
 * from their matter's list) come out in due order and each once, checked against a plain sorted
 * list.
 */
class TimerIndexTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void answersAsTheSortedSetItReplaced(long seed) {
        Random random = new Random(seed);
        TimerIndex index = new TimerIndex();
        Map<MatterId, List<Timer>> model = new HashMap<>();
        List<MatterId> ids = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ids.add(MatterId.of(InMemoryOfficeStore.idText(i)));
        }
        for (int step = 0; step < 5_000; step++) {
            MatterId id = ids.get(random.nextInt(ids.size()));
            if (random.nextInt(4) > 0) {
                List<Timer> next = new ArrayList<>();
                for (Metric metric : Metric.values()) {
                    if (random.nextBoolean()) {
                        // few distinct instants and steps, so timers repeat and tie on the instant
                        next.add(new Timer(id, metric, 1, random.nextInt(3), T0.plusSeconds(60L * random.nextInt(20))));
                    }
                }
                index.replace(id, List.copyOf(next));
                if (next.isEmpty()) {
                    model.remove(id);
                } else {
                    model.put(id, List.copyOf(next));
                }
                assertThat(index.of(id)).isEqualTo(next);
            } else {
                Instant now = T0.plusSeconds(60L * random.nextInt(22) - 60);
                int limit = random.nextInt(6) == 0 ? random.nextInt(3) : 1 + random.nextInt(200);
                TreeSet<Timer> sorted = new TreeSet<>(Timer.DUE_ORDER);
                model.values().forEach(sorted::addAll);
                List<Timer> expected = sorted.stream()
                        .filter(t -> !t.at().isAfter(now))
                        .limit(limit)
                        .toList();
                assertThat(index.due(now, limit)).containsExactlyElementsOf(expected);
            }
        }
        // superseded entries do not pile up without bound
        int pending = model.values().stream().mapToInt(List::size).sum();
        assertThat(index.heapSize()).isLessThanOrEqualTo(2 * pending + 1024 + Metric.values().length);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11, 99, 1234, 31337})
    void firesEachDueTimerOnceInDueOrder(long seed) {
        Random random = new Random(seed);
        TimerIndex index = new TimerIndex();
        Map<MatterId, List<Timer>> model = new HashMap<>();
        List<Timer> oracle = new ArrayList<>(); // every pending timer, kept sorted in due order
        Set<Timer> fired = new HashSet<>();
        Instant now = T0;
        for (int step = 0; step < 3_000; step++) {
            int dice = random.nextInt(10);
            if (dice < 4) { // a change reschedules one matter's clocks, each timer later than now
                MatterId id = MatterId.of(InMemoryOfficeStore.idText(1 + random.nextInt(60)));
                List<Timer> next = new ArrayList<>();
                for (Metric metric : Metric.values()) {
                    if (random.nextInt(3) > 0) {
                        next.add(new Timer(id, metric, 1, step, now.plusSeconds(1 + 60L * random.nextInt(90))));
                    }
                }
                oracle.removeAll(model.getOrDefault(id, List.of()));
                oracle.addAll(next);
                oracle.sort(Timer.DUE_ORDER);
                model.put(id, List.copyOf(next));
                index.replace(id, List.copyOf(next));
            } else if (dice < 7) {
                now = now.plusSeconds(60L * random.nextInt(30));
            } else { // a tick takes at most `limit` due timers and fires them: its matter drops each
                int limit = 1 + random.nextInt(5);
                Instant at = now;
                List<Timer> expected = oracle.stream()
                        .filter(t -> !t.at().isAfter(at))
                        .limit(limit)
                        .toList();
                List<Timer> due = index.due(now, limit);
                assertThat(due).containsExactlyElementsOf(expected);
                for (Timer t : due) {
                    assertThat(fired.add(t)).as("fired once: %s", t).isTrue();
                    List<Timer> rest = new ArrayList<>(model.get(t.matter()));
                    rest.remove(t);
                    model.put(t.matter(), List.copyOf(rest));
                    index.replace(t.matter(), List.copyOf(rest));
                    oracle.remove(t);
                }
            }
        }
        // at the end of time every timer left falls due, in due order, and nothing else
        Instant end = now.plusSeconds(60L * 100);
        assertThat(index.due(end, Integer.MAX_VALUE)).containsExactlyElementsOf(oracle);
        assertThat(index.heapSize()).isLessThanOrEqualTo(2 * model.size() + 1024);
    }
}
