package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.visit.VisitRule;
import org.junit.jupiter.api.Test;

/**
 * Instances sharing PostgreSQL split the outbox by claims on matters' runs: a claimed run is passed
 * over by others, with every later event of its matter, until it is marked delivered, its first
 * event fails (the claim ends; after a later event fails, the delivered ones hold the matter until
 * they are marked) or its lease runs out (a crashed instance's claims come back).
 */
class OutboxClaimsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcOfficeStore store = new JdbcOfficeStore(Databases.fresh());

    @Test
    void aClaimedRunAndItsMattersLaterEventsArePassedOverUntilTheLeaseRunsOut() {
        Matter a = matterWithEvents(2);
        Matter b = matterWithEvents(1);

        List<OutboxEntry> byA = store.claimDeliverable(T0, "office-a", T0.plus(LEASE), 10);
        List<OutboxEntry> byB = store.claimDeliverable(T0, "office-b", T0.plus(LEASE), 10);
        registered(a); // a later event of a, committed after the claim
        List<OutboxEntry> byBLater = store.claimDeliverable(T0.plusSeconds(299), "office-b", T0.plus(LEASE), 10);
        Instant afterLease = T0.plus(LEASE);
        List<OutboxEntry> byBAfterLease = store.claimDeliverable(afterLease, "office-b", afterLease.plus(LEASE), 10);

        assertThat(keys(byA)).containsExactly(a.id() + "#1", a.id() + "#1", b.id() + "#1");
        assertThat(byB).as("office-a holds them").isEmpty();
        assertThat(byBLater).as("a's later event waits behind the held run").isEmpty();
        assertThat(keys(byBAfterLease))
                .as("office-a's lease ran out")
                .containsExactly(a.id() + "#1", a.id() + "#1", b.id() + "#1", a.id() + "#2");
        assertThat(store.deliverable(T0, 10))
                .as("claims do not hide entries from a look")
                .hasSize(2);
    }

    @Test
    void marksEndTheClaimAndTheMattersNextEventsComeUp() {
        Matter a = matterWithEvents(1);
        List<OutboxEntry> byA = store.claimDeliverable(T0, "office-a", T0.plus(LEASE), 10);
        registered(a);

        store.deliveredAll(byA.stream().map(OutboxEntry::sequence).toList());

        assertThat(keys(store.claimDeliverable(T0, "office-b", T0.plus(LEASE), 10)))
                .containsExactly(a.id() + "#2");
    }

    @Test
    void aLimitCutsARunFromItsStartAndTheRestWaitsBehindTheClaim() {
        Matter a = matterWithEvents(3);
        Matter b = matterWithEvents(1);

        List<OutboxEntry> byA = store.claimDeliverable(T0, "office-a", T0.plus(LEASE), 2);
        List<OutboxEntry> byB = store.claimDeliverable(T0, "office-b", T0.plus(LEASE), 10);
        store.deliveredAll(byA.stream().map(OutboxEntry::sequence).toList());
        List<OutboxEntry> rest = store.claimDeliverable(T0, "office-b", T0.plus(LEASE), 10);

        assertThat(byA)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.event().matter()).isEqualTo(a.id()));
        assertThat(keys(byB)).as("not a's third event").containsExactly(b.id() + "#1");
        assertThat(rest).singleElement().satisfies(e -> {
            assertThat(e.event().matter()).isEqualTo(a.id());
            assertThat(e.sequence()).isGreaterThan(byA.get(1).sequence());
        });
    }

    @Test
    void aFailedEntryEndsTheClaimFromItOnAndItsRunWaitsForTheRetry() {
        Matter a = matterWithEvents(3);
        List<OutboxEntry> run = store.claimDeliverable(T0, "office-a", T0.plus(LEASE), 10);
        assertThat(run).hasSize(3);

        // office-a delivered the first, the second failed; it has not marked the first yet
        store.failed(run.get(1).sequence(), T0.plusSeconds(60));
        assertThat(store.claimDeliverable(T0, "office-b", T0.plus(LEASE), 10))
                .as("the delivered first is still office-a's")
                .isEmpty();
        store.deliveredAll(List.of(run.get(0).sequence()));
        assertThat(store.claimDeliverable(T0.plusSeconds(59), "office-b", T0.plus(LEASE), 10))
                .as("before the retry")
                .isEmpty();
        List<OutboxEntry> retried = store.claimDeliverable(T0.plusSeconds(60), "office-b", T0.plus(LEASE), 10);

        assertThat(retried)
                .extracting(OutboxEntry::sequence)
                .containsExactly(run.get(1).sequence(), run.get(2).sequence());
        assertThat(retried.get(0).attempts()).isEqualTo(1);
        assertThat(retried).allSatisfy(e -> assertThat(e.event().matter()).isEqualTo(a.id()));
    }

    @Test
    void visitWarningsWithoutAMatterAreClaimedEachUnderItsKey() {
        store.warnVisit(warning("visit/team/R-007/2026-10-31"));
        store.warnVisit(warning("visit/team/R-008/2026-10-31"));

        List<OutboxEntry> byA = store.claimDeliverable(T0, "office-a", T0.plus(LEASE), 1);
        List<OutboxEntry> byB = store.claimDeliverable(T0, "office-b", T0.plus(LEASE), 10);

        assertThat(byA).extracting(e -> e.event().visit().key()).containsExactly("visit/team/R-007/2026-10-31");
        assertThat(byB).extracting(e -> e.event().visit().key()).containsExactly("visit/team/R-008/2026-10-31");
    }

    /**
     * Four claimants at once, each claiming small batches and marking what it claimed: every entry
     * is claimed once, by one of them, and a matter's entries in sequence order.
     */
    @Test
    void claimantsAtOnceClaimEveryEntryOnceAndEachMattersInOrder() throws Exception {
        List<Matter> matters = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            matters.add(matterWithEvents(1 + i % 3));
        }
        int total = (int) store.outboxStats().pending();
        List<OutboxEntry> claimedInOrder = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> claimants = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String claimant = "office-" + t;
                claimants.add(pool.submit(() -> {
                    go.await();
                    int claimed = 0;
                    for (int idle = 0; idle < 3; ) {
                        List<OutboxEntry> batch = store.claimDeliverable(T0, claimant, T0.plus(LEASE), 7);
                        claimedInOrder.addAll(batch); // before the mark: a later claim comes after
                        store.deliveredAll(
                                batch.stream().map(OutboxEntry::sequence).toList());
                        claimed += batch.size();
                        idle = batch.isEmpty() ? idle + 1 : 0;
                    }
                    return claimed;
                }));
            }
            go.countDown();
            int sum = 0;
            for (Future<Integer> f : claimants) {
                sum += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(sum).isEqualTo(total);
        } finally {
            pool.shutdownNow();
        }

        Set<Long> once = new HashSet<>();
        Map<MatterId, Long> last = new HashMap<>();
        for (OutboxEntry e : claimedInOrder) {
            assertThat(once.add(e.sequence()))
                    .as("%s claimed once", e.sequence())
                    .isTrue();
            long before = last.getOrDefault(e.event().matter(), 0L);
            assertThat(e.sequence()).as("%s in order", e.event().matter()).isGreaterThan(before);
            last.put(e.event().matter(), e.sequence());
        }
        assertThat(once).hasSize(total).hasSize(matters.size() * 2);
        assertThat(store.outboxStats().pending()).isZero();
    }

    private static List<String> keys(List<OutboxEntry> entries) {
        return entries.stream()
                .map(e -> e.event().matter() + "#" + e.event().version())
                .toList();
    }

    /** A reported matter whose report queued {@code events} outbox entries. */
    private Matter matterWithEvents(int events) {
        MatterId id = store.nextId();
        Transition t = new Transition(id, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        Matter m = Lifecycle.start(District.sewage(GRID_1), GRID_1, Taxonomy.SANITATION, t);
        store.commit(new MatterChange(
                m, 0, List.of(t), List.of(), null, null, Collections.nCopies(events, OfficeEvent.of(t))));
        return m;
    }

    /** Commits {@code m}'s registration (version 2) and its one outbox event. */
    private void registered(Matter m) {
        Transition reg = new Transition(
                m.id(),
                2,
                Action.REGISTER,
                State.REPORTED,
                State.REGISTERED,
                "disp-1",
                T0,
                "",
                null,
                new Routing(HandlingLevel.GRID, "in-grid", Mode.NORMAL));
        store.commit(new MatterChange(
                Lifecycle.apply(m, reg), 1, List.of(reg), List.of(), null, null, List.of(OfficeEvent.of(reg))));
    }

    private static VisitWarning warning(String key) {
        return new VisitWarning(
                key,
                VisitWarning.Kind.VISIT,
                "team",
                GRID_1,
                "head-1",
                "R-007",
                Instant.parse("2026-10-31T16:00:00Z"),
                T0,
                VisitRule.MissAction.WARN,
                null,
                null);
    }
}
