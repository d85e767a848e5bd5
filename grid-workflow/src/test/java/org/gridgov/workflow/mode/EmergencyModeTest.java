package org.gridgov.workflow.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.engine.ModeChange;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (Huancui): "平时,加强社区治理韧性建设...战时,就地转化为抗疫队伍" - the "平+急" switch changes how
 * matters are routed.
 */
class EmergencyModeTest {
    private static final String STREET_CHIEF = "street:zhengdonglu:chief";
    private final ManualClock clock = ManualClock.at("2026-03-07T08:00:00+08:00");

    private MatterEngine engine(boolean reRouteOpen) {
        ModePolicy policy =
                new ModePolicy(List.of(new Authority(Jingkou.ZHENGDONGLU_STREET, Set.of(STREET_CHIEF))), reRouteOpen);
        return MatterEngine.builder(clock).modePolicy(policy).build();
    }

    @Test
    void switchingAStreetToEmergencyRoutesItsNewMattersToTheJointWhistle() {
        MatterEngine engine = engine(false);
        Matter before = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        before = engine.handle(Command.on(before, Action.REGISTER, "gw-1"));
        assertThat(before.routing().orElseThrow().whistle()).isEqualTo(Whistle.ROUTINE);

        ModeChange change =
                engine.switchMode(Jingkou.ZHENGDONGLU_STREET, Mode.EMERGENCY, STREET_CHIEF, "0307疫情: 启动1+8+N应急响应");
        assertThat(change.rerouted()).isEmpty();
        assertThat(engine.modeOf(Jingkou.GRID_2)).isEqualTo(Mode.EMERGENCY);
        assertThat(engine.modeOf(Jingkou.JIANKANGLU_STREET)).isEqualTo(Mode.NORMAL);
        assertThat(engine.modes().switches()).containsExactly(change.change());
        assertThat(change.change().at()).isEqualTo(clock.instant());

        Matter after = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_2), "gw-2");
        after = engine.handle(Command.on(after, Action.REGISTER, "gw-2"));
        assertThat(after.routing().orElseThrow().whistle()).isEqualTo(Whistle.JOINT);
        assertThat(after.routing().orElseThrow().mode()).isEqualTo(Mode.EMERGENCY);
        assertThat(engine.get(before.id()).routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);
    }

    @Test
    void wherePolicySaysSoOpenMattersAreReRoutedAndClosedOnesAreNot() {
        MatterEngine engine = engine(true);
        Matter open = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "gw-1");
        open = engine.handle(Command.on(open, Action.REGISTER, "gw-1"));
        open = engine.handle(Command.on(open, Action.DISPATCH, "gw-1").assigning(Assignment.to("gw-1")));
        Matter unregistered = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_2), "gw-2");
        Matter otherStreet = engine.report(
                Reports.sewageOverflowInWeChatGroup(
                        Jingkou.JIANKANGLU_STREET.child(1).child(1)),
                "gw-9");
        otherStreet = engine.handle(Command.on(otherStreet, Action.REGISTER, "gw-9"));

        ModeChange change = engine.switchMode(Jingkou.ZHENGDONGLU_STREET, Mode.EMERGENCY, STREET_CHIEF, "防汛应急响应");
        assertThat(change.rerouted()).containsExactly(open.id());
        Matter rerouted = engine.get(open.id());
        assertThat(rerouted.routing().orElseThrow().whistle()).isEqualTo(Whistle.JOINT);
        assertThat(rerouted.state()).isEqualTo(open.state());
        Transition last = engine.history(open.id()).transitions().get(3);
        assertThat(last.action()).isEqualTo(Action.REROUTE);
        assertThat(last.actor()).isEqualTo(STREET_CHIEF);
        assertThat(last.reason()).contains("EMERGENCY", "防汛应急响应");
        assertThat(engine.get(unregistered.id()).version()).isEqualTo(1);
        assertThat(engine.get(otherStreet.id())).isEqualTo(otherStreet);
        assertThat(engine.history(open.id()).replay()).isEqualTo(rerouted);

        engine.switchMode(Jingkou.ZHENGDONGLU_STREET, Mode.NORMAL, STREET_CHIEF, "应急响应结束");
        assertThat(engine.get(open.id()).routing().orElseThrow().whistle()).isEqualTo(Whistle.ROUTINE);
    }

    @Test
    void anActorWithoutAuthorityCannotSwitchAndNothingIsRecorded() {
        MatterEngine engine = engine(true);
        assertThatThrownBy(() -> engine.switchMode(Jingkou.JIANKANGLU_STREET, Mode.EMERGENCY, STREET_CHIEF, "not mine"))
                .isInstanceOfSatisfying(NotAuthorisedException.class, e -> {
                    assertThat(e.actor()).isEqualTo(STREET_CHIEF);
                    assertThat(e.area()).isEqualTo(Jingkou.JIANKANGLU_STREET);
                });
        assertThatThrownBy(() -> engine.switchMode(Jingkou.GRID_1, Mode.EMERGENCY, "gw-1", "I think so"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(engine.modes().switches()).isEmpty();
    }

    @Test
    void aGridSwitchedBackOverridesItsStreet() {
        ModeBook book = ModeBook.empty()
                .with(new ModeSwitch(Jingkou.ZHENGDONGLU_STREET, Mode.EMERGENCY, "a", clock.instant(), "r"))
                .with(new ModeSwitch(Jingkou.GRID_1, Mode.NORMAL, "a", clock.instant(), "r"));
        assertThat(book.modeOf(Jingkou.GRID_1)).isEqualTo(Mode.NORMAL);
        assertThat(book.modeOf(Jingkou.GRID_2)).isEqualTo(Mode.EMERGENCY);
        assertThat(book.modeOf(Jingkou.DISTRICT)).isEqualTo(Mode.NORMAL);
    }

    @Test
    void aModePolicyIsReadFromJson() {
        String json =
                "{\"authorities\":[{\"area\":\"321102001\",\"actors\":[\"street:zhengdonglu:chief\"]}],\"reRouteOpenMatters\":true}";
        ModePolicy policy = PolicyJson.read("modes.json", json, ModePolicy.class);
        assertThat(policy.reRouteOpenMatters()).isTrue();
        assertThat(policy.permits(STREET_CHIEF, Jingkou.GRID_1)).isTrue();
        assertThat(policy.permits(STREET_CHIEF, Jingkou.JIANKANGLU_STREET)).isFalse();
    }
}
