package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch half of the {@link OfficeStore} contract ({@link OfficeStore#commitAll},
 * {@link OfficeStore#findAll}), run against every implementation. The rule for a rejected item: a
 * stale change is left out whole (no matter row, history, timer or outbox row of it) and the others
 * are stored whole.
 */
abstract class BatchCommitContract {
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private OfficeStore store;

    /** A new, empty store. */
    protected abstract OfficeStore newStore();

    @BeforeEach
    void empty() {
        store = newStore();
    }

    @Test
    void aBatchStoresEveryChangeWithItsHistoryTimersAndOutbox() {
        List<MatterChange> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(creation(created(null), T0.plusSeconds(3600 + i)));
        }

        List<Optional<Matter>> stored = store.commitAll(batch);

        assertThat(stored).hasSize(5).allMatch(Optional::isPresent);
        for (int i = 0; i < 5; i++) {
            Matter m = batch.get(i).after();
            assertThat(stored.get(i)).contains(m);
            assertThat(store.find(m.id()).orElseThrow().history().transitions()).containsExactly(reportOf(m));
            assertThat(store.timers(m.id()))
                    .containsExactlyElementsOf(batch.get(i).timers());
            assertThat(store.due(m.id())).contains(T0.plusSeconds(3600 + i));
        }
        assertThat(store.outboxStats().pending()).isEqualTo(5);
        assertThat(store.deliverable(T0, 10))
                .extracting(e -> e.event().matter())
                .containsExactlyElementsOf(
                        batch.stream().map(c -> c.after().id()).toList());
    }

    @Test
    void aStaleItemIsLeftOutWholeAndTheOthersAreStoredWhole() {
        Matter a = created(null);
        Matter b = created(null);
        store.commitAll(List.of(creation(a, T0.plusSeconds(60)), creation(b, T0.plusSeconds(60))));
        Transition ra = register(a);
        Transition rb = register(b);
        // another instance registered b first
        store.commit(new MatterChange(Lifecycle.apply(b, rb), 1, List.of(rb), List.of(), null, null, List.of()));
        Matter fresh = created(null);

        List<Optional<Matter>> stored =
                store.commitAll(List.of(registration(a, ra), registration(b, rb), creation(fresh, T0.plusSeconds(90))));

        assertThat(stored.get(0)).contains(Lifecycle.apply(a, ra));
        assertThat(stored.get(1)).isEmpty();
        assertThat(stored.get(2)).contains(fresh);
        assertThat(store.find(a.id()).orElseThrow().history().version()).isEqualTo(2);
        assertThat(store.timers(a.id())).isEmpty();
        // b: as the other instance left it, its timer replaced by that change, no outbox event of ours
        assertThat(store.find(b.id()).orElseThrow().history().transitions()).containsExactly(reportOf(b), rb);
        assertThat(store.due(b.id())).isEmpty();
        assertThat(store.find(fresh.id())).isPresent();
        // 2 reports + a's registration + fresh's report; nothing of the stale registration of b
        assertThat(store.outboxStats().pending()).isEqualTo(4);
    }

    @Test
    void intakeStaysIdempotentByExternalIdAgainstTheStoreAndWithinTheBatch() {
        Matter first = created("12345-0001");
        store.commit(creation(first, T0.plusSeconds(60)));
        Matter again = created("12345-0001");
        Matter twin1 = created("12345-0002");
        Matter twin2 = created("12345-0002");

        List<Optional<Matter>> stored =
                store.commitAll(List.of(creation(again, T0), creation(twin1, T0), creation(twin2, T0)));

        assertThat(stored.get(0)).contains(first);
        assertThat(stored.get(1)).contains(twin1);
        assertThat(stored.get(2)).contains(twin1);
        assertThat(store.find(again.id())).isEmpty();
        assertThat(store.find(twin2.id())).isEmpty();
        assertThat(store.timers(twin2.id())).isEmpty();
        assertThat(store.outboxStats().pending()).isEqualTo(2);
    }

    @Test
    void aBatchChangingAMatterTwiceIsRefusedAndStoresNothing() {
        Matter a = created(null);
        MatterChange c = creation(a, T0);

        assertThatThrownBy(() -> store.commitAll(List.of(c, c)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("changes[1]");
        assertThat(store.find(a.id())).isEmpty();
    }

    @Test
    void instantsAreStoredAsTheSingleCommitStoresThem() {
        Instant[] odd = {
            T0.plusNanos(123_456_789),
            T0.plusNanos(999_999_500),
            Instant.parse("+12026-01-01T00:00:00Z"),
            Instant.parse("-0044-03-15T12:00:00Z"),
            Instant.MAX,
            Instant.MIN
        };
        for (Instant at : odd) {
            Matter single = created(null);
            Matter batched = created(null);
            store.commit(creation(single, at));
            store.commitAll(List.of(creation(batched, at)));

            assertThat(store.timers(batched.id()).get(0).at())
                    .as("timer at %s", at)
                    .isEqualTo(store.timers(single.id()).get(0).at());
            assertThat(store.due(batched.id())).isEqualTo(store.due(single.id()));
        }
    }

    @Test
    void findAllReadsRecordsInTheOrderAskedLeavingOutUnknownOnes() {
        Matter a = created(null);
        Matter b = created(null);
        store.commitAll(List.of(creation(a, T0), creation(b, T0)));
        Transition rb = register(b);
        store.commit(new MatterChange(Lifecycle.apply(b, rb), 1, List.of(rb), List.of(), null, null, List.of()));

        List<MatterRecord> found = store.findAll(List.of(b.id(), MatterId.of("M999999"), a.id()));

        assertThat(found).extracting(r -> r.matter().id()).containsExactly(b.id(), a.id());
        assertThat(found.get(0).history().transitions()).containsExactly(reportOf(b), rb);
        assertThat(found.get(1)).isEqualTo(store.find(a.id()).orElseThrow());
    }

    private static MatterChange creation(Matter m, Instant timerAt) {
        return new MatterChange(
                m,
                0,
                List.of(reportOf(m)),
                List.of(new Timer(m.id(), Metric.RESPONSE, 1, 0, timerAt)),
                null,
                timerAt,
                List.of(OfficeEvent.of(reportOf(m))));
    }

    private static MatterChange registration(Matter m, Transition register) {
        return new MatterChange(
                Lifecycle.apply(m, register),
                1,
                List.of(register),
                List.of(),
                null,
                null,
                List.of(OfficeEvent.of(register)));
    }

    private Matter created(String externalId) {
        MatterId id = store.nextId();
        MatterReport.Builder report = MatterReport.builder().from(District.sewage(GRID_1));
        if (externalId != null) {
            report.externalId(externalId);
        }
        return Lifecycle.start(report.build(), GRID_1, Taxonomy.SANITATION, reportOf(id));
    }

    private static Transition reportOf(Matter m) {
        return reportOf(m.id());
    }

    private static Transition reportOf(MatterId id) {
        return new Transition(id, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
    }

    private static Transition register(Matter m) {
        return new Transition(
                m.id(),
                2,
                Action.REGISTER,
                State.REPORTED,
                State.REGISTERED,
                "disp-1",
                T0.plusSeconds(60),
                "",
                null,
                new Routing(HandlingLevel.GRID, "in-grid", Mode.NORMAL));
    }
}
