package org.gridgov.workflow.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 (Pudong): "實行首問負責制,對群眾提上來的問題,由首個接待的個人承擔首問責任" and "首问负责制、兜底负责制、指定负责制".
 */
class ResponsibilityTest {
    private final ManualClock clock = ManualClock.at("2026-05-11T14:00:00+08:00");
    private final MatterEngine engine = MatterEngine.builder(clock).build();

    @Test
    void whoeverFirstReceivesAMatterOwnsItUntilItIsHandedOver() {
        Matter m = engine.report(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), "station:hejianong:reception");
        Responsibility r = engine.responsibleNow(m.id());
        assertThat(r.owner()).isEqualTo("station:hejianong:reception");
        assertThat(r.basis()).isEqualTo(Basis.FIRST_ASKED);
        assertThat(r.explain()).contains("station:hejianong:reception", "首问负责", "version 1");

        m = engine.handle(Command.on(m, Action.HAND_OVER, "station:hejianong:reception")
                .assigning(Assignment.to("gw-hejianong-1")));
        r = engine.responsibleNow(m.id());
        assertThat(r.owner()).isEqualTo("gw-hejianong-1");
        assertThat(r.basis()).isEqualTo(Basis.HANDED_OVER);
        assertThat(r.firstAsked()).isEqualTo("station:hejianong:reception");
        assertThat(r.sinceVersion()).isEqualTo(2);
    }

    @Test
    void whenSeveralPartiesMustActALeadIsDesignatedAndAnswersForTheResultUntilClosure() {
        Matter m = engine.report(Reports.crossGridDispute(Jingkou.GRID_1, Jingkou.GRID_2), "gw-hejianong-1");
        m = engine.handle(Command.on(m, Action.REGISTER, "community:hejianong"));
        m = engine.handle(Command.on(m, Action.DISPATCH, "street:zhengdonglu")
                .assigning(Assignment.to("street:zhengdonglu:judicial-office", "gw-hejianong-1", "gw-hejianong-2")));
        Responsibility r = engine.responsibleNow(m.id());
        assertThat(r.owner()).isEqualTo("street:zhengdonglu:judicial-office");
        assertThat(r.basis()).isEqualTo(Basis.DESIGNATED);
        assertThat(r.coHandlers()).containsExactlyInAnyOrder("gw-hejianong-1", "gw-hejianong-2");
        assertThat(r.dispatcher()).isEqualTo("street:zhengdonglu");
        assertThat(r.explain()).contains("指定负责", "gw-hejianong-2");

        m = engine.handle(Command.on(m, Action.ACCEPT, "street:zhengdonglu:judicial-office"));
        m = engine.handle(Command.on(m, Action.START, "gw-hejianong-1"));
        m = engine.handle(Command.on(m, Action.RESOLVE, "gw-hejianong-2"));
        r = engine.responsibleNow(m.id());
        assertThat(r.owner()).isEqualTo("street:zhengdonglu:judicial-office");
        assertThat(r.basis()).isEqualTo(Basis.FALLBACK);
        assertThat(r.explain()).contains("兜底负责");

        m = engine.handle(Command.on(m, Action.REWORK, "street:zhengdonglu").because("双方未签调解协议"));
        assertThat(engine.responsibleNow(m.id()).basis()).isEqualTo(Basis.DESIGNATED);
        m = engine.handle(Command.on(m, Action.RESOLVE, "gw-hejianong-1"));
        m = engine.handle(Command.on(m, Action.VERIFY, "street:zhengdonglu"));
        m = engine.handle(Command.on(m, Action.CLOSE, "street:zhengdonglu"));
        r = engine.responsibleNow(m.id());
        assertThat(r.owner()).isEqualTo("street:zhengdonglu:judicial-office");
        assertThat(r.basis()).isEqualTo(Basis.FALLBACK);
        assertThat(r.firstAsked()).isEqualTo("gw-hejianong-1");

        // Who was responsible when the matter was first dispatched (version 3)?
        Responsibility then = engine.history(m.id()).replay(3).responsibility();
        assertThat(then.basis()).isEqualTo(Basis.DESIGNATED);
        assertThat(then.dispatcher()).isEqualTo("street:zhengdonglu");
        assertThat(engine.history(m.id()).replay(1).responsibility().owner()).isEqualTo("gw-hejianong-1");
    }

    @Test
    void aLeadCannotAlsoBeACoHandler() {
        assertThatThrownBy(() -> Assignment.to("gw-1", "gw-1"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("assignment.coHandlers"));
    }
}
