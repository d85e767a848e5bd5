package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Several offices (instances behind a load balancer) on one PostgreSQL database: they tick the same
 * due timers from concurrent threads and take in the same work order at once; every SLA step fires
 * exactly once (as many as one office alone fires in memory), none is missed, the work order is
 * stored once.
 */
class SharedDatabaseTest {
    private static final int OFFICES = 3;

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final DataSource db = Databases.fresh();

    @Test
    void officesTickingTheSameDueTimersTogetherFireEveryStepOnceAndMissNone() throws Exception {
        InMemoryOfficeStore alone = new InMemoryOfficeStore();
        GridOffice reference = District.office(clock).store(alone).build();
        List<GridOffice> offices = new ArrayList<>();
        for (int i = 0; i < OFFICES; i++) {
            offices.add(District.office(clock).store(new JdbcOfficeStore(db)).build());
        }
        List<AreaCode> grids = List.of(District.GRID_3, Jingkou.GRID_1);
        List<MatterId> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            MatterReport report = District.sewage(grids.get(i % grids.size()));
            String receiver = District.WORKERS.get(i % District.WORKERS.size());
            ids.add(offices.get(i % OFFICES).report(report, receiver).id());
            assertThat(reference.report(report, receiver).id()).isEqualTo(ids.get(i));
            clock.advance(Duration.ofMinutes(37));
        }
        clock.advance(Duration.ofDays(6));

        int fired = 0;
        for (int round = 0; round < 3; round++) {
            fired += together(offices, GridOffice::tick).stream()
                    .mapToInt(Tick::stepsFired)
                    .sum();
            reference.tick(); // at the same instant
            clock.advance(Duration.ofDays(2));
        }
        JdbcOfficeStore store = new JdbcOfficeStore(db);

        int expected = 0;
        for (MatterId id : ids) {
            List<String> shared =
                    stepKeys(store.find(id).orElseThrow().history().transitions());
            List<String> inMemory =
                    stepKeys(alone.find(id).orElseThrow().history().transitions());
            assertThat(new HashSet<>(shared)).as("%s: no step fired twice", id).hasSameSizeAs(shared);
            assertThat(shared).as("%s: the steps one office alone fires", id).isEqualTo(inMemory);
            expected += inMemory.size();
        }
        assertThat(fired).isEqualTo(expected).isGreaterThan(ids.size());
        assertThat(store.dueTimers(clock.instant().minus(Duration.ofDays(2)), 10))
                .isEmpty();
    }

    @Test
    void theSameWorkOrderTakenInByEveryOfficeAtOnceIsStoredOnce() throws Exception {
        List<GridOffice> offices = new ArrayList<>();
        for (int i = 0; i < OFFICES; i++) {
            offices.add(District.office(clock).store(new JdbcOfficeStore(db)).build());
        }
        MatterReport order = MatterReport.builder()
                .from(District.sewage(District.GRID_3))
                .externalId("12345-20260302-0007")
                .build();

        List<Matter> taken = together(offices, o -> o.report(order, "gw-3"));

        assertThat(taken).extracting(Matter::id).containsOnly(taken.get(0).id());
        JdbcOfficeStore store = new JdbcOfficeStore(db);
        assertThat(store.byExternalId("12345-20260302-0007"))
                .contains(taken.get(0).id());
        assertThat(store.openMatters(MatterQuery.open())).hasSize(1);
        assertThat(store.outboxStats().pending()).as("one report event").isEqualTo(1);
    }

    private static List<String> stepKeys(List<Transition> history) {
        return history.stream()
                .filter(t -> t.step() != null)
                .map(t -> t.step().key())
                .toList();
    }

    /** Runs {@code work} on every office from its own thread, all released at once. */
    private static <T> List<T> together(List<GridOffice> offices, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(offices.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (GridOffice o : offices) {
                Callable<T> call = () -> {
                    go.await();
                    return work.on(o);
                };
                futures.add(pool.submit(call));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(GridOffice office);
    }
}
