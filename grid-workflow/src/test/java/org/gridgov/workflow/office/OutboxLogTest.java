package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory store's outbox array answers as the insertion-ordered map it replaced: seeded
 * random appends, deliveries out of order (a failed run waits while later ones are delivered),
 * retries replacing an entry in place and look-ups of sequences present, delivered and never
 * appended, checked against a {@link LinkedHashMap} after every step.
 */
class OutboxLogTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 5, 17, 404, 2026})
    void answersAsTheOrderedMapItReplaced(long seed) {
        Random random = new Random(seed);
        OutboxLog log = new OutboxLog();
        Map<Long, OutboxEntry> model = new LinkedHashMap<>();
        OfficeEvent event = OfficeEvent.of(new Transition(
                MatterId.of("M000001"), 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null));
        long sequence = 0;
        for (int step = 0; step < 20_000; step++) {
            int dice = random.nextInt(10);
            if (dice < 4) {
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    OutboxEntry e = new OutboxEntry(++sequence, event, 0, Instant.MIN);
                    log.add(e);
                    model.put(e.sequence(), e);
                }
            } else if (dice < 8 && !model.isEmpty()) {
                // mostly the oldest few (a delivered batch), sometimes one further on (holes)
                int n = 1 + random.nextInt(5);
                for (int k = 0; k < n && !model.isEmpty(); k++) {
                    List<Long> keys = new ArrayList<>(model.keySet());
                    long seq = keys.get(random.nextInt(3) == 0 ? random.nextInt(keys.size()) : 0);
                    assertThat(log.remove(seq)).isTrue();
                    model.remove(seq);
                }
            } else if (dice < 9 && !model.isEmpty()) {
                List<Long> keys = new ArrayList<>(model.keySet());
                OutboxEntry old = model.get(keys.get(random.nextInt(keys.size())));
                OutboxEntry retry = new OutboxEntry(old.sequence(), event, old.attempts() + 1, T0);
                log.replace(retry);
                model.put(retry.sequence(), retry);
            } else {
                long seq = sequence == 0 ? 1 : 1 + (long) random.nextInt((int) sequence + 2);
                assertThat(log.get(seq)).isEqualTo(model.get(seq));
                if (!model.containsKey(seq)) {
                    assertThat(log.remove(seq)).isFalse();
                }
            }
            assertThat(log.size()).isEqualTo(model.size());
            List<OutboxEntry> walk = new ArrayList<>();
            for (int i = log.start(); i < log.end(); i++) {
                if (log.at(i) != null) {
                    walk.add(log.at(i));
                }
            }
            assertThat(walk).containsExactlyElementsOf(model.values());
        }
    }
}
