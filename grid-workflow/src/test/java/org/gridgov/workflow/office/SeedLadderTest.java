package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Supervision;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Basis;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 ("357", Jingkou): resolve within 5 working days. A sanitation matter reported Monday
 * 2026-03-02 09:00 and left untouched is due Monday 03-09 09:00; the routine ladder then notifies
 * the community head at once, escalates to the street a working day later, and the district gives
 * a yellow card after 3 and a red card after 5 working days. Each is a system entry, in order,
 * once, and each acts.
 */
class SeedLadderTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final List<OfficeEvent> heard = new ArrayList<>();
    private final GridOffice office =
            District.office(clock).listener(heard::add).build();

    @Test
    void aMatterLeftUntouchedGetsWarningsBreachEscalationAndCardsEachOnceInOrder() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        clock.set(at("2026-03-02T09:30+08:00"));
        Matter registered = office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        assertThat(registered.routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);

        clock.set(at("2026-03-09T10:00+08:00"));
        office.tick();
        assertThat(systemSteps(id))
                .containsExactly(
                        "WARN RESOLUTION/1/YELLOW",
                        "WARN RESOLUTION/1/ORANGE",
                        "WARN RESOLUTION/1/RED",
                        "BREACH RESOLUTION/1/BREACH",
                        "NOTIFY RESOLUTION/1/notify-community-head");
        assertThat(office.matter(id).routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);

        clock.set(at("2026-03-10T10:00+08:00"));
        office.tick();
        Matter escalated = office.matter(id);
        assertThat(escalated.routing().orElseThrow().level()).isEqualTo(HandlingLevel.STREET);
        assertThat(escalated.responsibility().owner()).isEqualTo("street:office@321102001");
        assertThat(escalated.responsibility().basis()).isEqualTo(Basis.DESIGNATED);
        Transition escalation = last(id);
        assertThat(escalation.action()).isEqualTo(Action.ESCALATE);
        assertThat(escalation.actor()).isEqualTo("system:sla");
        assertThat(escalation.step().key()).isEqualTo("RESOLUTION/1/escalate-to-street");
        assertThat(escalation.step().dueAt()).isEqualTo(at("2026-03-10T09:00+08:00"));
        assertThat(escalation.step().policy()).isEqualTo("357");
        assertThat(escalation.step().policyVersion()).isEqualTo(1);

        clock.set(at("2026-03-17T10:00+08:00"));
        office.tick();
        office.tick();
        clock.set(at("2026-04-30T10:00+08:00"));
        office.tick();

        assertThat(systemSteps(id))
                .containsExactly(
                        "WARN RESOLUTION/1/YELLOW",
                        "WARN RESOLUTION/1/ORANGE",
                        "WARN RESOLUTION/1/RED",
                        "BREACH RESOLUTION/1/BREACH",
                        "NOTIFY RESOLUTION/1/notify-community-head",
                        "ESCALATE RESOLUTION/1/escalate-to-street",
                        "YELLOW_CARD RESOLUTION/1/district-yellow-card",
                        "RED_CARD RESOLUTION/1/district-red-card");
        assertThat(office.matter(id).supervisions())
                .extracting(Supervision::card, Supervision::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.YELLOW_CARD, "district:supervision"),
                        org.assertj.core.groups.Tuple.tuple(Action.RED_CARD, "district:supervision"));
        assertThat(office.timers(id)).isEmpty();
    }

    @Test
    void theCommunityHeadIsNotifiedThroughTheOutbox() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        clock.set(at("2026-03-09T10:00+08:00"));
        office.tick();
        assertThat(heard)
                .filteredOn(e -> e.kind() == OfficeEvent.Kind.NOTIFICATION
                        && e.transition().action() == Action.NOTIFY)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.role()).isEqualTo("community-head");
                    assertThat(e.recipients()).containsExactly("community-head@321102001001");
                });
        assertThat(heard)
                .filteredOn(e -> e.kind() == OfficeEvent.Kind.TRANSITION)
                .extracting(OfficeEvent::version)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aCommandAfterTheDeadlineFirstRecordsTheStepsThatFellDueThenItself() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        clock.set(at("2026-03-09T10:00+08:00"));

        Matter dispatched = office.handle(Command.of(id, 2, Action.DISPATCH, "disp-1")
                .assigning(org.gridgov.workflow.responsibility.Assignment.to("gw-1")));

        assertThat(dispatched.version()).isEqualTo(8);
        assertThat(office.history(id).transitions())
                .extracting(Transition::action)
                .containsExactly(
                        Action.REPORT,
                        Action.REGISTER,
                        Action.WARN,
                        Action.WARN,
                        Action.WARN,
                        Action.BREACH,
                        Action.NOTIFY,
                        Action.DISPATCH);
        assertThat(office.tick().stepsFired()).isZero();
    }

    @Test
    void aPersonEscalatingByHandMovesResponsibilityTheSameWay() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        Matter up = office.handle(Command.of(id, 2, Action.ESCALATE, "gw-1").because("needs the community"));
        assertThat(up.routing().orElseThrow().level()).isEqualTo(HandlingLevel.COMMUNITY);
        assertThat(up.responsibility().owner()).isEqualTo("community:office@321102001001");
        assertThat(up.responsibility().basis()).isEqualTo(Basis.DESIGNATED);
    }

    private List<String> systemSteps(MatterId id) {
        return office.history(id).transitions().stream()
                .filter(t -> t.step() != null)
                .map(t -> t.action() + " " + t.step().key())
                .toList();
    }

    private Transition last(MatterId id) {
        List<Transition> all = office.history(id).transitions();
        return all.get(all.size() - 1);
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
