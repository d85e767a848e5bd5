package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two offices (instances behind a load balancer) on one PostgreSQL database, each with its own
 * listener: every outbox event reaches the listeners of one of them, not both (while no lease runs
 * out), in order per matter, the failed ones after their retry; a crashed office's claimed events
 * reach the other office once its lease has run out, and not before.
 */
class SharedOutboxTest {
    private static final Duration LEASE = DueFiring.LEASE;

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final DataSource db = Databases.fresh();
    private final JdbcOfficeStore store = new JdbcOfficeStore(db);
    /** Every delivery to either office's listener, in the order delivered: "office event". */
    private final List<String> deliveries = new CopyOnWriteArrayList<>();

    @Test
    void officesTakingTurnsAndInterleavedDeliverEveryEventToOneOfThemInOrder() {
        Random random = new Random(7);
        GridOffice[] offices = new GridOffice[2];
        int[] seenByA = {0};
        offices[0] = office("a", e -> {
            if (++seenByA[0] % 5 == 2 && e.matter() != null) {
                // a holds its claimed batch (delivered in part, nothing marked): a later event of the
                // matter being delivered and a new matter are committed, and b ticks in between
                next(offices[1], e.matter());
                offices[1].report(District.sewage(GRID_1), "gw-1");
                offices[1].tick();
            }
        });
        offices[1] = office("b", e -> {});
        List<MatterId> ids = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            for (int i = 0; i < 4; i++) {
                GridOffice o = offices[random.nextInt(2)];
                MatterId id = o.report(District.sewage(GRID_1), "gw-1").id();
                ids.add(id);
                for (int n = random.nextInt(3); n > 0; n--) {
                    next(offices[random.nextInt(2)], id);
                }
            }
            // in turns, either first
            int first = random.nextInt(2);
            offices[first].tick();
            offices[1 - first].tick();
            clock.advance(Duration.ofSeconds(random.nextInt(20)));
        }
        tickUntilDelivered(offices);

        assertDeliveredOnceInOrder();
        assertThat(deliveries).as("a delivered").anyMatch(d -> d.startsWith("a "));
        assertThat(deliveries).as("b delivered, during a's batches too").anyMatch(d -> d.startsWith("b "));
        assertThat(seenByA[0]).as("a interleaved b's ticks").isGreaterThan(2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 2026})
    void officesTickingAtOnceFromTheirOwnThreadsDeliverEveryEventToOneOfThemInOrder(long seed) throws Exception {
        Random random = new Random(seed);
        List<GridOffice> offices = List.of(office("a", e -> {}), office("b", e -> {}));
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < 15; i++) {
                MatterId id = offices.get(random.nextInt(2))
                        .report(District.sewage(GRID_1), "gw-1")
                        .id();
                for (int n = random.nextInt(4); n > 0; n--) {
                    next(offices.get(random.nextInt(2)), id);
                }
            }
            together(offices);
            clock.advance(Duration.ofSeconds(random.nextInt(20)));
        }
        tickUntilDelivered(offices.toArray(GridOffice[]::new));

        assertDeliveredOnceInOrder();
    }

    @Test
    void aCrashedOfficesClaimedEventsReachTheOtherOfficeWhenItsLeaseRunsOutNotBefore() {
        GridOffice crashing = office("crashed", e -> {
            throw new Crash();
        });
        GridOffice survivor = office("survivor", e -> {});
        MatterId m = crashing.report(District.sewage(GRID_1), "gw-1").id();
        next(crashing, m);
        MatterId n = crashing.report(District.sewage(GRID_1), "gw-1").id();

        // it claims m's run and n's, delivers nothing and marks nothing: the office is gone
        assertThatThrownBy(crashing::tick).isInstanceOf(Crash.class);
        assertThat(deliveries).isEmpty();

        next(survivor, m); // a later event of m, committed after the claim
        MatterId fresh = survivor.report(District.sewage(GRID_1), "gw-1").id();
        assertThat(survivor.tick().delivered())
                .as("only the fresh matter's event")
                .isEqualTo(1);
        clock.advance(LEASE.minusSeconds(1));
        assertThat(survivor.tick().delivered()).as("the lease holds").isZero();
        assertThat(store.outboxStats().pending()).isEqualTo(4);

        clock.advance(Duration.ofSeconds(1));
        Tick afterLease = survivor.tick();

        assertThat(afterLease.delivered()).isEqualTo(4);
        assertThat(deliveries)
                .containsExactly(
                        "survivor " + fresh + "#1",
                        "survivor " + m + "#1",
                        "survivor " + m + "#2",
                        "survivor " + n + "#1",
                        "survivor " + m + "#3");
        assertThat(store.outboxStats().pending()).isZero();
    }

    @Test
    void aFailedDeliveryHoldsItsMattersLaterEventsOnBothOfficesUntilItsRetry() {
        Set<String> refused = ConcurrentHashMap.newKeySet();
        GridOffice a = office("a", e -> {
            if (refused.contains(e.matter() + "#" + e.version())) {
                throw new IllegalStateException("SMS gateway down");
            }
        });
        GridOffice b = office("b", e -> {});
        MatterId m = a.report(District.sewage(GRID_1), "gw-1").id();
        next(a, m);
        MatterId n = a.report(District.sewage(GRID_1), "gw-1").id();
        refused.add(m + "#2");

        Tick failing = a.tick();

        assertThat(failing.failed()).isEqualTo(1);
        assertThat(deliveries).containsExactly("a " + m + "#1", "a " + n + "#1");
        assertThat(store.outboxStats().failures()).isEqualTo(1);
        next(b, m); // m#3, behind the failed m#2
        assertThat(b.tick().delivered()).as("m waits for its retry").isZero();
        clock.advance(Duration.ofSeconds(59));
        assertThat(b.tick().delivered()).isZero();
        assertThat(a.tick().delivered()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(b.tick().delivered()).isEqualTo(2);
        assertThat(a.tick().delivered()).isZero();

        assertThat(deliveries).containsExactly("a " + m + "#1", "a " + n + "#1", "b " + m + "#2", "b " + m + "#3");
        assertThat(store.outboxStats()).isEqualTo(new OutboxStats(0, 4, 1));
    }

    /** An office on the shared database whose listener records each delivery under {@code name}. */
    private GridOffice office(String name, OfficeListener then) {
        return District.office(clock)
                .store(new JdbcOfficeStore(db))
                .retry(Duration.ofMinutes(1), Duration.ofMinutes(30))
                .listener(e -> {
                    then.deliver(e);
                    deliveries.add(name + " " + (e.matter() == null ? e.kind() : e.matter() + "#" + e.version()));
                })
                .build();
    }

    /** Moves a matter one step on through {@code office}: registered, dispatched, accepted. */
    private static void next(GridOffice office, MatterId id) {
        Matter m = office.matter(id);
        switch (m.state()) {
            case REPORTED -> office.handle(Command.on(m, Action.REGISTER, "disp-1"));
            case REGISTERED ->
                office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
            case DISPATCHED -> office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
            default -> {
                // accepted: nothing more in these tests
            }
        }
    }

    private void tickUntilDelivered(GridOffice... offices) {
        for (int i = 0; i < 10 && store.outboxStats().pending() > 0; i++) {
            offices[i % offices.length].tick();
        }
        assertThat(store.outboxStats().pending()).isZero();
    }

    /**
     * Every event committed (each matter's transitions, version 1 to its last) was delivered once,
     * by one office, and each matter's events in version order across both offices.
     */
    private void assertDeliveredOnceInOrder() {
        Map<String, Long> last = new HashMap<>();
        Set<String> events = new HashSet<>();
        for (String d : deliveries) {
            String event = d.substring(d.indexOf(' ') + 1);
            assertThat(events.add(event)).as("%s delivered once", event).isTrue();
            String matter = event.substring(0, event.indexOf('#'));
            long version = Long.parseLong(event.substring(event.indexOf('#') + 1));
            assertThat(version).as("%s in order", event).isEqualTo(last.getOrDefault(matter, 0L) + 1);
            last.put(matter, version);
        }
        long committed = 0;
        for (Matter m : store.openMatters(MatterQuery.open())) {
            assertThat(last.get(m.id().toString()))
                    .as("%s: every event", m.id())
                    .isEqualTo(m.version());
            committed += m.version();
        }
        assertThat(deliveries).hasSize((int) committed);
        assertThat(store.outboxStats().delivered()).isEqualTo(committed);
    }

    /** Ticks every office from its own thread, all released at once. */
    private static void together(List<GridOffice> offices) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(offices.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Tick>> ticks = new ArrayList<>();
            for (GridOffice o : offices) {
                ticks.add(pool.submit(() -> {
                    go.await();
                    return o.tick();
                }));
            }
            go.countDown();
            for (Future<Tick> t : ticks) {
                t.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An office dying in the middle of a delivery (not a failed delivery: nothing is recorded). */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
