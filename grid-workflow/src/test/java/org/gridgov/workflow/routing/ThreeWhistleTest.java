package org.gridgov.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 002 (Huancui): "对网格事件划分为“常规哨”“联合哨”“攻坚哨”,分别交由网格自主应答、镇街协同响应、区级督办包办".
 */
class ThreeWhistleTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T10:00:00+08:00");
    private final MatterEngine engine = MatterEngine.builder(clock).build();

    @Test
    void aDisputeAcrossTwoGridsIsRaisedToAJointWhistleCoordinatedByTheStreet() {
        Matter m = engine.report(Reports.crossGridDispute(Jingkou.GRID_1, Jingkou.JIUHAIJIE_GRID_1), "gw-hejianong-1");
        Matter registered = engine.handle(Command.on(m, Action.REGISTER, "community:hejianong"));
        Routing r = registered.routing().orElseThrow();
        assertThat(r.whistle()).isEqualTo(Whistle.JOINT);
        assertThat(r.level()).isEqualTo(HandlingLevel.STREET);
        assertThat(r.rule()).isEqualTo("cross-grid");
        assertThat(engine.history(m.id()).transitions().get(1).routing()).isEqualTo(r);
    }

    @ParameterizedTest(name = "{0} {1} over {2} grid(s) in {3} mode: {4} at {5}")
    @CsvSource({
        "SANITATION, LOW, 1, NORMAL, ROUTINE, GRID",
        "DISPUTE, LOW, 2, NORMAL, ROUTINE, COMMUNITY",
        "DISPUTE, MEDIUM, 2, NORMAL, JOINT, STREET",
        "SAFETY_HAZARD, HIGH, 1, NORMAL, JOINT, STREET",
        "SAFETY_HAZARD, CRITICAL, 1, NORMAL, TOUGH, DISTRICT",
        "EMERGENCY, LOW, 1, NORMAL, TOUGH, DISTRICT",
        "SANITATION, LOW, 1, EMERGENCY, JOINT, STREET",
        "LIVELIHOOD, HIGH, 1, EMERGENCY, TOUGH, DISTRICT",
    })
    void theDefaultRulesGiveTheWhistleAndLevel(
            String category, Severity severity, int grids, Mode mode, Whistle whistle, HandlingLevel level) {
        Routing r = RoutingPolicy.defaults().route(category, severity, grids, mode);
        assertThat(r.whistle()).isEqualTo(whistle);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.mode()).isEqualTo(mode);
    }

    @Test
    void escalationMovesUpOneLevelWithAReasonAndDeEscalationReturnsToTheGrid() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        m = engine.handle(Command.on(m, Action.REGISTER, "gw-1"));
        Matter registered = m;
        assertThatThrownBy(() -> engine.handle(Command.on(registered, Action.ESCALATE, "gw-1")))
                .isInstanceOf(InvalidInputException.class);

        m = engine.handle(Command.on(m, Action.ESCALATE, "gw-1").because("涉及化粪池改造,网格无力处理"));
        assertThat(m.routing().orElseThrow().level()).isEqualTo(HandlingLevel.COMMUNITY);
        m = engine.handle(Command.on(m, Action.ESCALATE, "community:hejianong").because("需城管、住建联合处置"));
        assertThat(m.routing().orElseThrow().whistle()).isEqualTo(Whistle.JOINT);
        m = engine.handle(Command.on(m, Action.ESCALATE, "street:zhengdonglu").because("跨部门资金协调"));
        assertThat(m.routing().orElseThrow().whistle()).isEqualTo(Whistle.TOUGH);
        Matter top = m;
        assertThatThrownBy(() -> engine.handle(
                        Command.on(top, Action.ESCALATE, "district").because("more")))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.ESCALATE));

        m = engine.handle(Command.on(m, Action.DEESCALATE, "district").because("资金已落实,回网格跟进"));
        assertThat(m.routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);
        assertThat(m.routing().orElseThrow().rule()).isEqualTo("de-escalated");
        Matter bottom = m;
        assertThatThrownBy(() -> engine.handle(
                        Command.on(bottom, Action.DEESCALATE, "gw-1").because("again")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(engine.history(m.id()).replay()).isEqualTo(m);
    }
}
