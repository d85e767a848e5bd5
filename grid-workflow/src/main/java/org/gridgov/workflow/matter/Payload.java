package org.gridgov.workflow.matter;

import java.util.EnumSet;
import java.util.Set;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.HandlingLevel;

/** What a transition must carry for its action, and how it moves responsibility. */
final class Payload {
    private static final Set<Action> ASSIGNING = EnumSet.of(Action.DISPATCH, Action.DESIGNATE, Action.HAND_OVER);
    private static final Set<Action> ROUTING =
            EnumSet.of(Action.REGISTER, Action.ESCALATE, Action.DEESCALATE, Action.REROUTE, Action.REOPEN);
    private static final Set<State> HANDLING = EnumSet.of(State.DISPATCHED, State.ACCEPTED, State.IN_PROGRESS);

    private Payload() {}

    static void check(Matter matter, Transition t) {
        Action a = t.action();
        boolean routingNeeded = ROUTING.contains(a) && a != Action.REOPEN;
        boolean mayAssign = a == Action.ESCALATE; // escalation may move responsibility to the level's party
        if (!mayAssign && ASSIGNING.contains(a) != (t.assignment() != null)) {
            throw fail(matter, t, ASSIGNING.contains(a) ? "it needs an assignment" : "it carries no assignment");
        }
        if (a == Action.HAND_OVER && !t.assignment().coHandlers().isEmpty()) {
            throw fail(matter, t, "a hand-over names one party, no co-handlers");
        }
        if ((routingNeeded && t.routing() == null) || (!ROUTING.contains(a) && t.routing() != null)) {
            throw fail(matter, t, routingNeeded ? "it needs a routing" : "it carries no routing");
        }
        if (a == Action.ESCALATE
                && t.routing().level().compareTo(matter.routing().orElseThrow().level()) <= 0) {
            throw fail(matter, t, "escalation moves up");
        }
        boolean stepNeeded =
                a.systemOnly() && a != Action.REHOME && a != Action.FIX_ON_THE_SPOT && a != Action.APPROVE_PAST_CAP;
        if (stepNeeded && t.step() == null) {
            throw fail(matter, t, "a system entry records its SLA step");
        }
        if (t.step() != null && !stepNeeded && a != Action.ESCALATE) {
            throw fail(matter, t, "it carries no SLA step (only system entries and an escalation by a ladder do)");
        }
        if ((a == Action.REHOME) != (t.area() != null)) {
            throw fail(matter, t, a == Action.REHOME ? "a re-homing names the new area" : "it carries no area");
        }
        if (a == Action.DEESCALATE && t.routing().level() != HandlingLevel.GRID) {
            throw fail(matter, t, "de-escalation moves back to the grid");
        }
    }

    static Responsibility responsibility(Matter matter, Transition t) {
        Responsibility r = matter.responsibility();
        switch (t.action()) {
            case HAND_OVER:
                return r.handedOver(t.assignment().lead(), t.at(), t.version());
            case ESCALATE:
                return t.assignment() == null ? r : r.designated(t.assignment(), t.actor(), t.at(), t.version());
            case DISPATCH:
            case DESIGNATE:
                return r.designated(t.assignment(), t.actor(), t.at(), t.version());
            case RETURN:
                return r.returnedToDispatcher(t.actor(), t.at(), t.version());
            case SUSPEND:
            case RESOLVE:
            case VERIFY:
            case CLOSE:
            case REOPEN:
                return r.fallback(t.at(), t.version());
            case RESUME:
            case REWORK:
                return HANDLING.contains(t.to()) ? r.working(t.at(), t.version()) : r;
            default:
                return r;
        }
    }

    private static IllegalTransitionException fail(Matter matter, Transition t, String rule) {
        return new IllegalTransitionException(matter.id(), matter.state(), t.action(), rule);
    }
}
