package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * An office started on an existing database needs no hand work: the timers that fell overdue while
 * no office ran fire, each once and in due order, and the events the last office committed but never
 * delivered reach the new office's listeners, in order per matter.
 */
class RecoveryTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final DataSource db = Databases.fresh();

    @Test
    void anOfficeOnAnExistingDatabaseFiresOverdueTimersOnceInOrderAndDeliversTheOutbox() {
        GridOffice before = District.office(clock)
                .store(new JdbcOfficeStore(db))
                .listener(e -> {
                    throw new IllegalStateException("the host's queue is down");
                })
                .build();
        List<MatterId> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            MatterId id =
                    before.report(District.sewage(District.GRID_3), "gw-3").id();
            ids.add(id);
            if (i % 2 == 0) {
                before.handle(Command.on(before.matter(id), Action.REGISTER, "disp-1"));
            }
            clock.advance(Duration.ofMinutes(50));
        }
        before.tick(); // nothing due yet; every delivery fails and waits for its retry
        assertThat(new JdbcOfficeStore(db).outboxStats().failures()).isPositive();
        // the office dies here: nothing of it is used again
        clock.advance(Duration.ofDays(9));
        Instant restart = clock.instant();

        List<OfficeEvent> delivered = new CopyOnWriteArrayList<>();
        JdbcOfficeStore store = new JdbcOfficeStore(db);
        GridOffice after =
                District.office(clock).store(store).listener(delivered::add).build();
        Tick first = after.tick();
        Tick second = after.tick();

        assertThat(first.stepsFired()).as("overdue steps fired").isGreaterThan(ids.size());
        assertThat(second.stepsFired()).as("none again").isZero();
        assertThat(store.dueTimers(restart, 10)).isEmpty();
        Map<MatterId, Long> lastVersion = new HashMap<>();
        for (OfficeEvent e : delivered) {
            long last = lastVersion.getOrDefault(e.matter(), 0L);
            assertThat(e.version()).as("%s in order", e.matter()).isGreaterThanOrEqualTo(last);
            lastVersion.put(e.matter(), e.version());
        }
        for (MatterId id : ids) {
            MatterHistory h = store.find(id).orElseThrow().history();
            List<Transition> system =
                    h.transitions().stream().filter(t -> t.step() != null).toList();
            assertThat(system).as("%s fired overdue steps", id).isNotEmpty();
            assertThat(system.stream().map(t -> t.step().key()).distinct()).hasSameSizeAs(system);
            for (int i = 1; i < system.size(); i++) {
                assertThat(system.get(i).step().dueAt())
                        .as("%s in due order", id)
                        .isAfterOrEqualTo(system.get(i - 1).step().dueAt());
            }
            assertThat(system)
                    .as("%s: the overdue steps fired at the restart", id)
                    .anySatisfy(t -> assertThat(t.at()).isEqualTo(restart));
            assertThat(lastVersion.get(id)).as("%s: every event delivered", id).isEqualTo(h.version());
        }
        assertThat(store.outboxStats().pending()).isZero();
    }
}
