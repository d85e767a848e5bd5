package org.gridgov.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.responsibility.Basis;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/** Matters through the whole loop: report, register, dispatch, sign, handle, feed back, verify, close. */
class ClosedLoopTest {
    private final ManualClock clock = ManualClock.at("2026-02-10T09:00:00+08:00");
    private final List<Transition> heard = new ArrayList<>();
    private final MatterEngine engine =
            MatterEngine.builder(clock).listener((m, t) -> heard.add(t)).build();

    private Matter act(Matter m, Action action, String actor) {
        clock.advance(Duration.ofMinutes(30));
        return engine.handle(Command.on(m, action, actor));
    }

    @Test
    void sewageOverflowReportedInAWeChatGroupIsHandledInsideItsGridAndClosed() {
        // Seed 003: the neighbourhood WeChat group reports sewage overflowing; seed 000: "小事不出网格".
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-hejianong-1");
        assertThat(m.state()).isEqualTo(State.REPORTED);
        assertThat(m.reportedAt()).isEqualTo(clock.instant());

        m = act(m, Action.REGISTER, "gw-hejianong-1");
        assertThat(m.routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);
        assertThat(m.routing().orElseThrow().whistle()).isEqualTo(Whistle.ROUTINE);
        assertThat(m.routing().orElseThrow().policyVersion())
                .as("routed under the default rules, version 1")
                .isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        m = engine.handle(Command.on(m, Action.DISPATCH, "gw-hejianong-1")
                .assigning(Assignment.to("gw-hejianong-1", "street:urban-management", "maintenance-company")));
        m = act(m, Action.ACCEPT, "gw-hejianong-1");
        m = act(m, Action.START, "gw-hejianong-1");
        m = act(m, Action.RESOLVE, "gw-hejianong-1");
        m = act(m, Action.VERIFY, "community:hejianong");
        m = act(m, Action.CLOSE, "community:hejianong");

        assertThat(m.state()).isEqualTo(State.CLOSED);
        assertThat(m.version()).isEqualTo(8);
        assertThat(m.routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);
        List<Transition> history = engine.history(m.id()).transitions();
        assertThat(history)
                .extracting(Transition::action)
                .containsExactly(
                        Action.REPORT,
                        Action.REGISTER,
                        Action.DISPATCH,
                        Action.ACCEPT,
                        Action.START,
                        Action.RESOLVE,
                        Action.VERIFY,
                        Action.CLOSE);
        assertThat(history)
                .extracting(Transition::to)
                .containsExactly(
                        State.REPORTED,
                        State.REGISTERED,
                        State.DISPATCHED,
                        State.ACCEPTED,
                        State.IN_PROGRESS,
                        State.RESOLVED,
                        State.VERIFIED,
                        State.CLOSED);
        assertThat(history.get(history.size() - 1).at()).isEqualTo(clock.instant());
        assertThat(history).extracting(Transition::at).isSorted();
        assertThat(heard).isEqualTo(history);
        assertThat(engine.history(m.id()).replay()).isEqualTo(m);
        assertThat(m.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aReturnedMatterGoesBackToItsDispatcherAndIsDispatchedAgain() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-hejianong-1");
        m = act(m, Action.REGISTER, "community:hejianong");
        m = engine.handle(
                Command.on(m, Action.DISPATCH, "community:hejianong").assigning(Assignment.to("gw-hejianong-2")));
        m = act(m, Action.ACCEPT, "gw-hejianong-2");

        Matter returned =
                engine.handle(Command.on(m, Action.RETURN, "gw-hejianong-2").because("不属于本网格: 污水管属小区物业"));
        assertThat(returned.state()).isEqualTo(State.RETURNED);
        assertThat(returned.responsibility().owner()).isEqualTo("community:hejianong");
        assertThat(returned.responsibility().basis()).isEqualTo(Basis.RETURNED_TO_DISPATCHER);
        assertThat(engine.history(m.id()).transitions().get(4).reason()).isEqualTo("不属于本网格: 污水管属小区物业");

        Matter again = engine.handle(Command.on(returned, Action.DISPATCH, "community:hejianong")
                .assigning(Assignment.to("property:qinshi")));
        assertThat(again.state()).isEqualTo(State.DISPATCHED);
        assertThat(again.responsibility().owner()).isEqualTo("property:qinshi");
        assertThat(again.responsibility().basis()).isEqualTo(Basis.DESIGNATED);
        assertThat(engine.history(m.id()).replay()).isEqualTo(again);
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAndChangesNothing() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        m = act(m, Action.REGISTER, "gw-1");
        m = engine.handle(Command.on(m, Action.DISPATCH, "gw-1").assigning(Assignment.to("gw-2")));
        Matter before = m;
        assertThatThrownBy(() -> engine.handle(Command.on(before, Action.RETURN, "gw-2")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("reason"));
        assertThat(engine.get(m.id())).isEqualTo(before);
    }

    @Test
    void closingAMatterThatWasNeverVerifiedNamesTheMatterItsStateAndTheAction() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        Matter registered = act(m, Action.REGISTER, "gw-1");
        int heardBefore = heard.size();
        assertThatThrownBy(() -> engine.handle(Command.on(registered, Action.CLOSE, "gw-1")))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.matter()).isEqualTo(m.id());
                    assertThat(e.state()).isEqualTo(State.REGISTERED);
                    assertThat(e.action()).isEqualTo(Action.CLOSE);
                    assertThat(e.getMessage()).contains(m.id().toString(), "REGISTERED", "CLOSE");
                });
        assertThat(engine.get(m.id())).isEqualTo(registered);
        assertThat(heard).hasSize(heardBefore);
    }

    @Test
    void verificationFailureSendsTheMatterBackForRework() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        m = act(m, Action.REGISTER, "gw-1");
        m = engine.handle(Command.on(m, Action.DISPATCH, "gw-1").assigning(Assignment.to("gw-1")));
        m = act(act(act(m, Action.ACCEPT, "gw-1"), Action.START, "gw-1"), Action.RESOLVE, "gw-1");
        m = engine.handle(Command.on(m, Action.REWORK, "community:hejianong").because("现场仍有异味"));
        assertThat(m.state()).isEqualTo(State.IN_PROGRESS);
        m = act(
                act(act(m, Action.RESOLVE, "gw-1"), Action.VERIFY, "community:hejianong"),
                Action.CLOSE,
                "community:hejianong");
        assertThat(m.state()).isEqualTo(State.CLOSED);

        Matter reopened = engine.handle(
                Command.on(m, Action.REOPEN, "community:hejianong").because("居民反映又外溢"));
        assertThat(reopened.state()).isEqualTo(State.REGISTERED);
        assertThat(reopened.responsibility().owner()).isEqualTo("gw-1");
        assertThat(reopened.responsibility().basis()).isEqualTo(Basis.FALLBACK);
        assertThat(engine.history(m.id()).replay()).isEqualTo(reopened);
    }

    @Test
    void aSuspendedMatterResumesToTheStateItWasSuspendedFromAndKeepsItsPendingExtension() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        m = act(m, Action.REGISTER, "gw-1");
        m = engine.handle(Command.on(m, Action.DISPATCH, "gw-1").assigning(Assignment.to("gw-1")));
        m = act(act(m, Action.ACCEPT, "gw-1"), Action.START, "gw-1");
        m = engine.handle(Command.on(m, Action.REQUEST_EXTENSION, "gw-1").because("需等待管道配件"));
        assertThat(m.extensionPending()).isTrue();
        Matter pending = m;
        assertThatThrownBy(() -> engine.handle(
                        Command.on(pending, Action.REQUEST_EXTENSION, "gw-1").because("again")))
                .isInstanceOf(IllegalTransitionException.class);

        m = engine.handle(Command.on(m, Action.SUSPEND, "community:hejianong").because("春节停工"));
        assertThat(m.state()).isEqualTo(State.SUSPENDED);
        assertThat(m.resumeTo()).contains(State.IN_PROGRESS);
        m = act(m, Action.RESUME, "community:hejianong");
        assertThat(m.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(m.extensionPending()).isTrue();

        m = act(m, Action.GRANT_EXTENSION, "street:zhengdonglu");
        assertThat(m.extensionPending()).isFalse();
        assertThat(m.extensionsGranted()).isEqualTo(1);
        m = engine.handle(Command.on(m, Action.REQUEST_EXTENSION, "gw-1").because("配件仍未到"));
        m = engine.handle(
                Command.on(m, Action.REFUSE_EXTENSION, "street:zhengdonglu").because("可先临时封堵"));
        assertThat(m.extensionPending()).isFalse();
        assertThat(m.extensionsGranted()).isEqualTo(1);
        assertThat(engine.history(m.id()).replay()).isEqualTo(m);
    }

    @Test
    void reportingThe12345WorkOrderTwiceYieldsTheSameMatterAndRecordsNothing() {
        MatterReport order = MatterReport.builder()
                .from(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1))
                .channel(SourceChannel.HOTLINE_12345)
                .externalId("12345-20260210-0042")
                .build();
        Matter first = engine.report(order, "hotline-operator-7");
        clock.advance(Duration.ofHours(1));
        Matter second = engine.report(order, "hotline-operator-9");
        assertThat(second).isEqualTo(first);
        assertThat(engine.history(first.id()).transitions()).hasSize(1);
        assertThat(heard).hasSize(1);
        assertThat(second.responsibility().firstAsked()).isEqualTo("hotline-operator-7");
    }

    @Test
    void aCommandOnAStaleVersionIsRejectedAndChangesNothing() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        Matter registered = engine.handle(Command.on(m, Action.REGISTER, "gw-1"));
        assertThatThrownBy(() -> engine.handle(
                        Command.on(m, Action.REJECT, "community:hejianong").because("重复上报")))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.matter()).isEqualTo(m.id());
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(engine.get(m.id())).isEqualTo(registered);
        assertThat(engine.history(m.id()).transitions()).hasSize(2);
    }

    @Test
    void openMattersAreListedByArea() {
        Matter a = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        Matter b = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_2), "gw-2");
        Matter c = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.JIUHAIJIE_GRID_1), "gw-3");
        engine.handle(Command.on(b, Action.REJECT, "community:hejianong").because("重复上报"));
        assertThat(engine.openMatters(Jingkou.HEJIANONG_COMMUNITY))
                .extracting(Matter::id)
                .containsExactly(a.id());
        assertThat(engine.openMatters(Jingkou.ZHENGDONGLU_STREET))
                .extracting(Matter::id)
                .containsExactly(a.id(), c.id());
    }

    @Test
    void aHistoryCannotBeReplayedBeyondItsEnd() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        assertThatThrownBy(() -> engine.history(m.id()).replay(2))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("version"));
    }

    @Test
    void anUnknownMatterOrCategoryIsNamed() {
        assertThatThrownBy(() -> engine.get(org.gridgov.workflow.matter.MatterId.of("M999999")))
                .isInstanceOfSatisfying(
                        UnknownIdException.class, e -> assertThat(e.id()).isEqualTo("M999999"));
        MatterReport odd = MatterReport.builder()
                .from(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1))
                .category("UFO")
                .build();
        assertThatThrownBy(() -> engine.report(odd, "gw-1"))
                .isInstanceOfSatisfying(
                        UnknownIdException.class, e -> assertThat(e.kind()).isEqualTo("category"));
    }

    @Test
    void aListenerThatThrowsDoesNotUndoTheTransition() {
        MatterEngine noisy = MatterEngine.builder(clock)
                .listener((m, t) -> {
                    throw new IllegalStateException("sms gateway down");
                })
                .build();
        Matter m = noisy.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        Matter registered = noisy.handle(Command.on(m, Action.REGISTER, "gw-1"));
        assertThat(noisy.get(m.id())).isEqualTo(registered);
    }
}
