package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_GRID_1;

import java.time.Instant;
import java.util.List;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModeSwitch;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.Timer;
import org.gridgov.workflow.whistle.Summons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link OfficeStore}, run against every implementation: extend it and say how
 * to make an empty store. The in-memory store runs it ({@link InMemoryOfficeStoreTest}); the JDBC
 * store of issue 10 runs the same class against the embedded default and PostgreSQL.
 */
abstract class OfficeStoreContract {
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private OfficeStore store;

    /** A new, empty store. */
    protected abstract OfficeStore newStore();

    @BeforeEach
    void empty() {
        store = newStore();
    }

    @Test
    void aCommitStoresTheMatterItsHistoryTimersDueAndOutboxTogether() {
        Matter m = created(GRID_1, null);
        Timer timer = new Timer(m.id(), Metric.RESOLUTION, 1, 0, T0.plusSeconds(3600));
        store.commit(new MatterChange(
                m,
                0,
                List.of(reportOf(m)),
                List.of(timer),
                null,
                T0.plusSeconds(7200),
                List.of(OfficeEvent.of(reportOf(m)))));

        MatterRecord r = store.find(m.id()).orElseThrow();
        assertThat(r.matter()).isEqualTo(m);
        assertThat(r.history().transitions()).containsExactly(reportOf(m));
        assertThat(store.timers(m.id())).containsExactly(timer);
        assertThat(store.due(m.id())).contains(T0.plusSeconds(7200));
        assertThat(store.outboxStats()).isEqualTo(new OutboxStats(1, 0, 0));
        assertThat(store.deliverable(T0, 10))
                .extracting(OutboxEntry::event)
                .containsExactly(OfficeEvent.of(reportOf(m)));
    }

    @Test
    void aStaleChangeIsRejectedAndLeavesEverythingAsBefore() {
        Matter m = created(GRID_1, null);
        Timer timer = new Timer(m.id(), Metric.RESOLUTION, 1, 0, T0.plusSeconds(3600));
        store.commit(new MatterChange(m, 0, List.of(reportOf(m)), List.of(timer), null, null, List.of()));
        Transition register = register(m);
        Matter after = Lifecycle.apply(m, register);
        MatterChange stale = new MatterChange(
                Lifecycle.apply(m, register),
                0,
                List.of(reportOf(m), register),
                List.of(),
                null,
                null,
                List.of(OfficeEvent.of(register)));
        MatterChange ahead = new MatterChange(after, 1, List.of(register), List.of(), null, null, List.of());
        store.commit(ahead);

        assertThatThrownBy(() -> store.commit(new MatterChange(
                        after, 1, List.of(register), List.of(), null, null, List.of(OfficeEvent.of(register)))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.commit(stale)).isInstanceOf(StaleVersionException.class);

        assertThat(store.find(m.id()).orElseThrow().history().version()).isEqualTo(2);
        assertThat(store.timers(m.id())).isEmpty();
        assertThat(store.outboxStats().pending()).isZero();
    }

    @Test
    void intakeIsIdempotentByExternalId() {
        Matter first = created(GRID_1, "12345-0001");
        store.commit(new MatterChange(
                first, 0, List.of(reportOf(first)), List.of(), null, null, List.of(OfficeEvent.of(reportOf(first)))));
        Matter again = created(GRID_1, "12345-0001");

        MatterRecord stored = store.commit(new MatterChange(
                again, 0, List.of(reportOf(again)), List.of(), null, null, List.of(OfficeEvent.of(reportOf(again)))));

        assertThat(stored.matter().id()).isEqualTo(first.id());
        assertThat(store.find(again.id())).isEmpty();
        assertThat(store.byExternalId("12345-0001")).contains(first.id());
        assertThat(store.outboxStats().pending()).isEqualTo(1);
    }

    @Test
    void dueTimersComeInDueOrderUpToTheLimitAndAChangeReplacesAMattersTimers() {
        Matter a = commit(created(GRID_1, null), T0.plusSeconds(300));
        Matter b = commit(created(GRID_1, null), T0.plusSeconds(100));
        commit(created(GRID_1, null), T0.plusSeconds(900));

        assertThat(store.dueTimers(T0.plusSeconds(500), 10))
                .extracting(Timer::matter)
                .containsExactly(b.id(), a.id());
        assertThat(store.dueTimers(T0.plusSeconds(500), 1))
                .extracting(Timer::matter)
                .containsExactly(b.id());
        assertThat(store.dueTimers(T0, 10)).isEmpty();

        store.commit(new MatterChange(b, 1, List.of(), List.of(), null, null, List.of()));
        assertThat(store.dueTimers(T0.plusSeconds(500), 10))
                .extracting(Timer::matter)
                .containsExactly(a.id());
    }

    @Test
    void openMattersAreFoundByAreaStateAndDueInstant() {
        Matter inGrid = commit(created(GRID_1, null), T0.plusSeconds(100));
        Matter elsewhere = commit(created(JIUHAIJIE_GRID_1, null), T0.plusSeconds(900));
        Matter registered = Lifecycle.apply(inGrid, register(inGrid));
        store.commit(new MatterChange(
                registered, 1, List.of(register(inGrid)), List.of(), null, T0.plusSeconds(100), List.of()));

        assertThat(store.openMatters(MatterQuery.open()))
                .extracting(Matter::id)
                .containsExactly(inGrid.id(), elsewhere.id());
        assertThat(store.openMatters(MatterQuery.open().in(HEJIANONG_COMMUNITY)))
                .extracting(Matter::id)
                .containsExactly(inGrid.id());
        assertThat(store.openMatters(MatterQuery.open().inState(State.REPORTED)))
                .extracting(Matter::id)
                .containsExactly(elsewhere.id());
        assertThat(store.openMatters(MatterQuery.open().dueBefore(T0.plusSeconds(500))))
                .extracting(Matter::id)
                .containsExactly(inGrid.id());
    }

    @Test
    void theOutboxGivesEachMattersOldestEntryOnceItsBackoffHasPassed() {
        Matter a = created(GRID_1, null);
        Matter b = created(GRID_1, null);
        commitTwoEventsOfAAndOneOfB(a, b);

        List<OutboxEntry> first = store.deliverable(T0, 10);
        assertThat(first)
                .extracting(e -> e.event().matter() + "#" + e.event().version())
                .containsExactly(a.id() + "#1", b.id() + "#1");
        store.failed(first.get(0).sequence(), T0.plusSeconds(60));
        store.delivered(first.get(1).sequence());

        assertThat(store.deliverable(T0.plusSeconds(59), 10)).isEmpty();
        assertThat(store.deliverable(T0.plusSeconds(60), 10)).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.event().version()).isEqualTo(1);
        });
        assertThat(store.outboxStats()).isEqualTo(new OutboxStats(2, 1, 1));
    }

    @Test
    void deliveredAllMarksEachEntryOnceAndPassesOverTheGoneOnes() {
        Matter a = created(GRID_1, null);
        Matter b = created(GRID_1, null);
        commitTwoEventsOfAAndOneOfB(a, b);
        List<OutboxEntry> first = store.deliverable(T0, 10);
        store.delivered(first.get(1).sequence());

        // b's entry is gone already (another office marked it): only a's counts
        store.deliveredAll(first.stream().map(OutboxEntry::sequence).toList());
        store.deliveredAll(List.of());

        assertThat(store.outboxStats()).isEqualTo(new OutboxStats(1, 2, 0));
        assertThat(store.deliverable(T0, 10))
                .as("a's next entry comes up once its first is marked")
                .extracting(e -> e.event().matter() + "#" + e.event().version())
                .containsExactly(a.id() + "#2");
    }

    @Test
    void oneClaimantGetsEveryMattersRunAndAFailedEntryHoldsTheRestOfItsRunForTheRetry() {
        Matter a = created(GRID_1, null);
        Matter b = created(GRID_1, null);
        commitTwoEventsOfAAndOneOfB(a, b);
        Instant lease = T0.plusSeconds(300);

        List<OutboxEntry> claimed = store.claimDeliverable(T0, "office-a", lease, 10);
        assertThat(claimed)
                .extracting(e -> e.event().matter() + "#" + e.event().version())
                .containsExactly(a.id() + "#1", a.id() + "#2", b.id() + "#1");
        // a#1 and b#1 delivered, a#2 failed
        store.failed(claimed.get(1).sequence(), T0.plusSeconds(60));
        store.deliveredAll(List.of(claimed.get(0).sequence(), claimed.get(2).sequence()));

        assertThat(store.claimDeliverable(T0.plusSeconds(59), "office-a", lease, 10))
                .isEmpty();
        assertThat(store.claimDeliverable(T0.plusSeconds(60), "office-a", lease, 10))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.event().version()).isEqualTo(2);
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(store.outboxStats()).isEqualTo(new OutboxStats(1, 2, 1));
    }

    /** Commits a's report and registration (two outbox events) and b's report (one). */
    private void commitTwoEventsOfAAndOneOfB(Matter a, Matter b) {
        Transition reg = register(a);
        store.commit(new MatterChange(
                Lifecycle.apply(a, reg),
                0,
                List.of(reportOf(a), reg),
                List.of(),
                null,
                null,
                List.of(OfficeEvent.of(reportOf(a)), OfficeEvent.of(reg))));
        store.commit(new MatterChange(
                b, 0, List.of(reportOf(b)), List.of(), null, null, List.of(OfficeEvent.of(reportOf(b)))));
    }

    @Test
    void summonedOpenMattersAreTheOpenOnesWithASummonsInTheirHistory() {
        Matter plain = created(GRID_1, null);
        store.commit(new MatterChange(plain, 0, List.of(reportOf(plain)), List.of(), null, null, List.of()));
        Matter a = created(GRID_1, null);
        Transition reg = register(a);
        Matter registered = Lifecycle.apply(a, reg);
        Transition summon = new Transition(
                a.id(),
                3,
                Action.SUMMON,
                State.REGISTERED,
                State.REGISTERED,
                "disp-1",
                T0.plusSeconds(120),
                "",
                null,
                null,
                new SystemStep(
                        Summons.key("SUMMONS", 1, "district:housing"),
                        "departments",
                        1,
                        "district:housing",
                        T0.plusSeconds(3600)),
                null);
        store.commit(new MatterChange(
                Lifecycle.apply(registered, summon),
                0,
                List.of(reportOf(a), reg, summon),
                List.of(),
                null,
                null,
                List.of()));

        assertThat(store.summonedOpenMatters()).singleElement().satisfies(r -> {
            assertThat(r.matter().id()).isEqualTo(a.id());
            assertThat(r.history().transitions())
                    .extracting(Transition::action)
                    .containsExactly(Action.REPORT, Action.REGISTER, Action.SUMMON);
        });
    }

    @Test
    void settingsAreSavedByCompareAndSet() {
        OfficeSettings initial = store.settings();
        assertThat(initial.version()).isZero();
        ModeSwitch storm = new ModeSwitch(HEJIANONG_COMMUNITY, Mode.EMERGENCY, "street-1", T0, "暴雨");
        OfficeSettings next = initial.withModes(initial.modes().with(storm));
        store.saveSettings(next);

        assertThatThrownBy(() -> store.saveSettings(initial.withModes(initial.modes())))
                .isInstanceOf(StaleSettingsException.class);
        assertThat(store.settings()).isEqualTo(next);
        assertThat(store.settings().modes().modeOf(GRID_1)).isEqualTo(Mode.EMERGENCY);
    }

    @Test
    void aVisitWarningIsRecordedAndQueuedOncePerKeyAndListedInOrder() {
        VisitWarning first = visitWarning("visit/six-must-visits/lone-elderly/R-003/2026-10-31", null);
        VisitWarning second = visitWarning("visit/team/R-007/2026-10-31", null);

        assertThat(store.warnVisit(first)).isTrue();
        assertThat(store.warnVisit(visitWarning(first.key(), null)))
                .as("same key")
                .isFalse();
        assertThat(store.warnVisit(second)).isTrue();

        assertThat(store.visitWarnings()).containsExactly(first, second);
        assertThat(store.outboxStats().pending()).isEqualTo(2);
        List<OutboxEntry> queued = store.deliverable(T0, 10);
        assertThat(queued)
                .extracting(OutboxEntry::event)
                .containsExactly(OfficeEvent.visitWarning(first), OfficeEvent.visitWarning(second));
        assertThat(queued.get(0).event().kind()).isEqualTo(OfficeEvent.Kind.VISIT_WARNING);
        assertThat(queued.get(0).event().recipients()).containsExactly("head-1");
    }

    @Test
    void closedMattersAreListedInIdOrder() {
        Matter open = created(GRID_1, null);
        store.commit(new MatterChange(open, 0, List.of(reportOf(open)), List.of(), null, null, List.of()));
        Matter m = created(GRID_1, null);
        Matter rejected = created(GRID_1, null);
        Transition fix =
                new org.gridgov.workflow.matter.OnTheSpotFix(m.id(), "gw-1", T0, List.of("photo:1")).transition(2);
        Transition reject = new Transition(
                rejected.id(), 2, Action.REJECT, State.REPORTED, State.REJECTED, "disp-1", T0, "dup", null, null);
        store.commit(new MatterChange(m, 0, List.of(reportOf(m)), List.of(), null, null, List.of()));
        store.commit(new MatterChange(Lifecycle.apply(m, fix), 1, List.of(fix), List.of(), null, null, List.of()));
        store.commit(new MatterChange(rejected, 0, List.of(reportOf(rejected)), List.of(), null, null, List.of()));
        store.commit(new MatterChange(
                Lifecycle.apply(rejected, reject), 1, List.of(reject), List.of(), null, null, List.of()));

        assertThat(store.closedMatters()).containsExactly(m.id());
    }

    private static VisitWarning visitWarning(String key, MatterId matter) {
        return new VisitWarning(
                key,
                VisitWarning.Kind.VISIT,
                "six-must-visits/lone-elderly",
                GRID_1,
                "head-1",
                "R-003",
                Instant.parse("2026-10-31T16:00:00Z"),
                T0,
                org.gridgov.workflow.visit.VisitRule.MissAction.WARN,
                matter,
                null);
    }

    private Matter commit(Matter m, Instant timerAt) {
        store.commit(new MatterChange(
                m,
                0,
                List.of(reportOf(m)),
                List.of(new Timer(m.id(), Metric.RESPONSE, 1, 0, timerAt)),
                null,
                timerAt,
                List.of()));
        return m;
    }

    private Matter created(AreaCode grid, String externalId) {
        MatterId id = store.nextId();
        MatterReport.Builder report = MatterReport.builder().from(District.sewage(grid));
        if (externalId != null) {
            report.externalId(externalId);
        }
        Transition t = new Transition(id, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        return Lifecycle.start(report.build(), grid, Taxonomy.SANITATION, t);
    }

    private static Transition reportOf(Matter m) {
        return new Transition(m.id(), 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
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
