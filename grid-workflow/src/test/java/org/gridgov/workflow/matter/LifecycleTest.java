package org.gridgov.workflow.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {
    private static final MatterId ID = MatterId.of("M000001");
    private static final Instant T0 = Instant.parse("2026-02-10T01:00:00Z");

    @ParameterizedTest(name = "{1} from {0} leads to {2}")
    @CsvSource({
        "REPORTED, REGISTER, REGISTERED",
        "REPORTED, REJECT, REJECTED",
        "REGISTERED, DISPATCH, DISPATCHED",
        "RETURNED, DISPATCH, DISPATCHED",
        "DISPATCHED, ACCEPT, ACCEPTED",
        "ACCEPTED, START, IN_PROGRESS",
        "IN_PROGRESS, RESOLVE, RESOLVED",
        "RESOLVED, VERIFY, VERIFIED",
        "RESOLVED, REWORK, IN_PROGRESS",
        "VERIFIED, CLOSE, CLOSED",
        "DISPATCHED, RETURN, RETURNED",
        "IN_PROGRESS, RETURN, RETURNED",
        "IN_PROGRESS, SUSPEND, SUSPENDED",
        "CLOSED, REOPEN, REGISTERED",
        "RESOLVED, INFORM_REPORTER, RESOLVED",
        "CLOSED, INFORM_REPORTER, CLOSED",
        "IN_PROGRESS, REQUEST_EXTENSION, IN_PROGRESS",
    })
    void theTableOfTheLoop(State from, Action action, State to) {
        assertThat(Lifecycle.target(from, action)).contains(to);
    }

    @ParameterizedTest(name = "{1} is not allowed in {0}")
    @CsvSource({
        "REPORTED, DISPATCH", "REGISTERED, CLOSE", "DISPATCHED, RESOLVE", "RESOLVED, CLOSE", "REJECTED, REOPEN",
        "CLOSED, SUSPEND", "SUSPENDED, START", "VERIFIED, RETURN", "REPORTED, ESCALATE", "CLOSED, HAND_OVER",
    })
    void actionsOutsideTheTableAreRefused(State from, Action action) {
        assertThat(Lifecycle.target(from, action)).isEmpty();
        assertThat(Lifecycle.allowed(from)).doesNotContain(action);
    }

    /** The whole table, one row per state, as the README's lifecycle section states it. */
    @ParameterizedTest(name = "in {0}: {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "REPORTED;    REGISTER REJECT HAND_OVER",
                "REGISTERED;  DISPATCH SUSPEND ESCALATE DEESCALATE REROUTE HAND_OVER",
                "REJECTED;    ",
                "DISPATCHED;  ACCEPT RETURN DESIGNATE SUSPEND ESCALATE DEESCALATE REROUTE HAND_OVER",
                "ACCEPTED;    START RETURN DESIGNATE SUSPEND REQUEST_EXTENSION GRANT_EXTENSION REFUSE_EXTENSION ESCALATE DEESCALATE REROUTE HAND_OVER",
                "IN_PROGRESS; RESOLVE RETURN DESIGNATE SUSPEND REQUEST_EXTENSION GRANT_EXTENSION REFUSE_EXTENSION ESCALATE DEESCALATE REROUTE HAND_OVER",
                "RESOLVED;    VERIFY REWORK ESCALATE DEESCALATE REROUTE HAND_OVER INFORM_REPORTER",
                "VERIFIED;    CLOSE HAND_OVER INFORM_REPORTER",
                "CLOSED;      REOPEN INFORM_REPORTER",
                "RETURNED;    DISPATCH SUSPEND ESCALATE DEESCALATE REROUTE HAND_OVER",
                "SUSPENDED;   RESUME ESCALATE DEESCALATE REROUTE HAND_OVER",
            })
    void theWholeTable(State state, String actions) {
        Set<Action> expected = EnumSet.noneOf(Action.class);
        if (actions != null) {
            for (String a : actions.trim().split("\\s+")) {
                expected.add(Action.valueOf(a));
            }
        }
        assertThat(Lifecycle.allowed(state)).isEqualTo(expected);
    }

    @Test
    void terminalAndOpenStates() {
        assertThat(Lifecycle.allowed(State.REJECTED)).isEmpty();
        assertThat(Lifecycle.allowed(State.CLOSED)).containsExactly(Action.REOPEN, Action.INFORM_REPORTER);
        assertThat(State.REJECTED.isOpen()).isFalse();
        assertThat(State.SUSPENDED.isOpen()).isTrue();
    }

    private static Matter reported() {
        Transition t = new Transition(ID, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        return Lifecycle.start(
                Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), Jingkou.GRID_1, Taxonomy.SANITATION, t);
    }

    @Test
    void aStepThatSkipsAVersionIsRefused() {
        Matter m = reported();
        Transition skip = new Transition(
                ID,
                3,
                Action.REGISTER,
                State.REPORTED,
                State.REGISTERED,
                "gw-1",
                T0,
                "",
                null,
                new Routing(HandlingLevel.GRID, "in-grid", Mode.NORMAL));
        assertThatThrownBy(() -> Lifecycle.apply(m, skip)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRegistrationWithoutRoutingOrADispatchWithoutALeadIsRefused() {
        Matter m = reported();
        Transition noRouting =
                new Transition(ID, 2, Action.REGISTER, State.REPORTED, State.REGISTERED, "gw-1", T0, "", null, null);
        assertThatThrownBy(() -> Lifecycle.apply(m, noRouting)).isInstanceOf(IllegalTransitionException.class);
        Matter registered = Lifecycle.apply(
                m,
                new Transition(
                        ID,
                        2,
                        Action.REGISTER,
                        State.REPORTED,
                        State.REGISTERED,
                        "gw-1",
                        T0,
                        "",
                        null,
                        new Routing(HandlingLevel.GRID, "in-grid", Mode.NORMAL)));
        Transition noLead =
                new Transition(ID, 3, Action.DISPATCH, State.REGISTERED, State.DISPATCHED, "gw-1", T0, "", null, null);
        assertThatThrownBy(() -> Lifecycle.apply(registered, noLead)).isInstanceOf(IllegalTransitionException.class);
        Transition handOverWithCo = new Transition(
                ID,
                3,
                Action.HAND_OVER,
                State.REGISTERED,
                State.REGISTERED,
                "gw-1",
                T0,
                "",
                Assignment.to("gw-2", "gw-3"),
                null);
        assertThatThrownBy(() -> Lifecycle.apply(registered, handOverWithCo))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> Lifecycle.next(reported(), Action.REJECT, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.rule()).contains("REJECT"));
        assertThat(Lifecycle.next(reported(), Action.REJECT, "重复上报")).isEqualTo(State.REJECTED);
    }

    @Test
    void aHistoryWithATamperedStepDoesNotReplay() {
        Transition report = new Transition(ID, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        List<Transition> steps = new ArrayList<>(List.of(
                report, new Transition(ID, 2, Action.CLOSE, State.REPORTED, State.CLOSED, "gw-1", T0, "", null, null)));
        MatterHistory history = MatterHistory.of(
                Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1), Jingkou.GRID_1, Taxonomy.SANITATION, steps);
        assertThatThrownBy(history::replay)
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.action()).isEqualTo(Action.CLOSE));
    }

    @Test
    void aHistoryMustStartWithTheReportAndCountVersionsFromOne() {
        Transition register =
                new Transition(ID, 1, Action.REGISTER, State.REPORTED, State.REGISTERED, "gw-1", T0, "", null, null);
        assertThatThrownBy(() -> MatterHistory.of(
                        Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1),
                        Jingkou.GRID_1,
                        Taxonomy.SANITATION,
                        List.of(register)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("transitions[0].action"));
    }

    @Test
    void anAppendedStepMustBeTheNextVersionOfTheSameMatterAndLeavesTheHistoryAsItWas() {
        Transition report = new Transition(ID, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        MatterHistory history = MatterHistory.of(
                Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1),
                Jingkou.GRID_1,
                Taxonomy.SANITATION,
                List.of(report));
        Transition skipping =
                new Transition(ID, 3, Action.REJECT, State.REPORTED, State.REJECTED, "gw-1", T0, "重复上报", null, null);
        Transition otherMatter = new Transition(
                MatterId.of("M-OTHER"),
                2,
                Action.REJECT,
                State.REPORTED,
                State.REJECTED,
                "gw-1",
                T0,
                "重复上报",
                null,
                null);
        Transition next =
                new Transition(ID, 2, Action.REJECT, State.REPORTED, State.REJECTED, "gw-1", T0, "重复上报", null, null);

        for (Transition bad : List.of(skipping, otherMatter)) {
            assertThatThrownBy(() -> history.append(bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.path()).isEqualTo("transitions[1].version"));
        }
        MatterHistory longer = history.append(next);

        assertThat(history.transitions()).containsExactly(report);
        assertThat(longer.transitions()).containsExactly(report, next);
        assertThat(longer.replay().state()).isEqualTo(State.REJECTED);
    }
}
