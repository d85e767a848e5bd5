package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.SlaEvent;
import org.gridgov.workflow.sla.StepKind;

/**
 * Turns a fired SLA step into the system entry that records it and acts: a warning or breach is a
 * {@link Action#WARN} or {@link Action#BREACH}; a ladder step acts per its {@link StepKind}
 * ({@code ESCALATE} raises the handling level to the level its role names, or one up, and moves
 * responsibility to the party holding the role there; a matter that cannot be escalated gets a
 * {@link Action#NOTIFY} instead; cards record supervision). Stateless.
 */
final class SystemEntries {
    /** The actor of every SLA system entry. */
    static final String ACTOR = "system:sla";

    private SystemEntries() {}

    static Transition entry(Matter m, SlaEvent e, Instant now, RoleDirectory directory, Mode mode) {
        Action action;
        Routing routing = null;
        Assignment assignment = null;
        switch (e.kind()) {
            case WARNING:
                action = Action.WARN;
                break;
            case BREACH:
                action = Action.BREACH;
                break;
            default:
                StepKind kind = e.ladderStep().kind();
                action = kind == StepKind.ESCALATE
                        ? Action.ESCALATE
                        : kind == StepKind.YELLOW_CARD
                                ? Action.YELLOW_CARD
                                : kind == StepKind.RED_CARD ? Action.RED_CARD : Action.NOTIFY;
                break;
        }
        if (action == Action.ESCALATE) {
            if (escalable(m)) {
                HandlingLevel current = m.routing().orElseThrow().level();
                HandlingLevel named = RosterDirectory.levelOf(e.role());
                HandlingLevel to = named != null && named.compareTo(current) > 0 ? named : current.up();
                routing = new Routing(
                        to,
                        "escalated:" + e.step(),
                        mode,
                        m.routing().orElseThrow().policyVersion());
                List<String> parties = directory.parties(e.role(), m.area());
                assignment = parties.isEmpty() ? null : Assignment.to(parties.get(0));
            } else {
                action = Action.NOTIFY;
            }
        }
        SystemStep step = new SystemStep(MatterSla.keyOf(e), e.policy(), e.policyVersion(), e.role(), e.scheduledAt());
        String reason = "policy " + e.policy() + " v" + e.policyVersion() + ": " + e.kind() + " " + step.key() + " due "
                + e.scheduledAt();
        return new Transition(
                m.id(),
                m.version() + 1,
                action,
                m.state(),
                m.state(),
                ACTOR,
                now,
                reason,
                assignment,
                routing,
                step,
                null);
    }

    /** Whether the lifecycle lets the matter escalate now. */
    static boolean escalable(Matter m) {
        return m.routing().isPresent()
                && m.routing().get().level() != HandlingLevel.DISTRICT
                && Lifecycle.target(m.state(), Action.ESCALATE).isPresent();
    }

    /** Whom a fired step notifies: the matter's owner for {@code lead}, else the role's parties. */
    static List<String> recipients(Matter m, String role, RoleDirectory directory) {
        return "lead".equals(role) ? List.of(m.responsibility().owner()) : directory.parties(role, m.area());
    }
}
