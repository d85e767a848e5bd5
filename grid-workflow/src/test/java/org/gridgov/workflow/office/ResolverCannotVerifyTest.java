package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.separation.DutySeparation;
import org.gridgov.workflow.separation.SeparationOfDutiesException;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 (Nantong): "树立信息搜集、处置、反应闭环机制" - collect, dispose, feed back: a closed loop in
 * which who disposes of a matter is not who checks it. By default the person who resolved a matter
 * cannot verify it; the policy may relax that per category.
 */
class ResolverCannotVerifyTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");

    private Matter resolvedByGw1(GridOffice office) {
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        for (Action a : List.of(Action.ACCEPT, Action.START, Action.RESOLVE)) {
            clock.advance(Duration.ofMinutes(30));
            m = office.handle(Command.on(m, a, "gw-1"));
        }
        return m;
    }

    @Test
    void theGridWorkerWhoResolvedTheSewageCannotVerifyItAndTheMatterStaysAsItWas() {
        GridOffice office = District.office(clock).build();
        Matter resolved = resolvedByGw1(office);

        assertThatThrownBy(() -> office.handle(Command.on(resolved, Action.VERIFY, "gw-1")))
                .isInstanceOfSatisfying(SeparationOfDutiesException.class, e -> {
                    assertThat(e.matter()).isEqualTo(resolved.id());
                    assertThat(e.action()).isEqualTo(Action.VERIFY);
                    assertThat(e.category()).isEqualTo("SANITATION");
                    assertThat(e.path()).isEqualTo("actor");
                    assertThat(e.getMessage()).doesNotContain("gw-1");
                });
        assertThat(office.matter(resolved.id())).isEqualTo(resolved);
        assertThat(office.history(resolved.id()).version()).isEqualTo(resolved.version());

        Matter verified = office.handle(Command.on(resolved, Action.VERIFY, "head-1"));
        assertThat(verified.state()).isEqualTo(State.VERIFIED);
    }

    @Test
    void aPolicyThatRelaxesTheCategoryLetsTheResolverVerify() {
        GridOffice office = District.office(clock)
                .separation(DutySeparation.relaxedFor(List.of("SANITATION")))
                .build();
        Matter resolved = resolvedByGw1(office);
        assertThat(office.handle(Command.on(resolved, Action.VERIFY, "gw-1")).state())
                .isEqualTo(State.VERIFIED);
    }

    @Test
    void theRelaxationIsPerCategory() {
        GridOffice office = District.office(clock)
                .separation(DutySeparation.relaxedFor(List.of("DISPUTE")))
                .build();
        Matter resolved = resolvedByGw1(office);
        assertThatThrownBy(() -> office.handle(Command.on(resolved, Action.VERIFY, "gw-1")))
                .isInstanceOf(SeparationOfDutiesException.class);
    }

    @Test
    void afterReworkTheLatestResolverIsTheOneKeptApart() {
        GridOffice office = District.office(clock).build();
        Matter m = resolvedByGw1(office);
        m = office.handle(Command.on(m, Action.REWORK, "head-1").because("污水仍在外溢"));
        m = office.handle(Command.on(m, Action.RESOLVE, "gw-2"));
        Matter again = m;
        assertThatThrownBy(() -> office.handle(Command.on(again, Action.VERIFY, "gw-2")))
                .isInstanceOf(SeparationOfDutiesException.class);
        assertThat(office.handle(Command.on(again, Action.VERIFY, "gw-1")).state())
                .isEqualTo(State.VERIFIED);
    }
}
