package org.gridgov.examples.simulate;

import java.util.Collection;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.GridOffice;

/**
 * Counts a run's summary from what the office stores: the matters' histories and states. Counters
 * that leave nothing in a history (refused reports and pushes, commands, deliveries) come from the
 * run, the reveals from the audit trail; a resumed run gets the same counts as an uninterrupted one.
 */
final class Tally {
    private Tally() {}

    /**
     * The run's counts kept outside the histories.
     *
     * @param refusedReports residents' reports the office refused
     * @param refusedPushes pushes the admission gate refused
     * @param commands commands committed
     * @param refusedCommands commands refused
     * @param delivered notifications delivered
     * @param failures deliveries failed
     * @param reveals supervisors' reveals in the audit trail
     */
    record Counters(
            long refusedReports,
            long refusedPushes,
            long commands,
            long refusedCommands,
            long delivered,
            long failures,
            long reveals) {}

    static SimulationSummary summary(GridOffice office, Collection<MatterId> matters, Counters c) {
        long closed = 0;
        long onTime = 0;
        long open = 0;
        long pushed = 0;
        long[] counts = new long[Action.values().length];
        long escalations = 0;
        long noShowEscalations = 0;
        long whistles = 0;
        for (MatterId id : matters) {
            MatterHistory h = office.history(id);
            boolean breached = false;
            int rounds = 0;
            for (Transition t : h.transitions()) {
                counts[t.action().ordinal()]++;
                if (t.action() == Action.ESCALATE && t.stepIfAny().isPresent()) {
                    if (t.actor().equals("system:whistle")) {
                        noShowEscalations++;
                    } else {
                        escalations++;
                    }
                }
                if (t.action() == Action.SUMMON) {
                    rounds = Math.max(
                            rounds,
                            t.stepIfAny()
                                    .map(org.gridgov.workflow.matter.SystemStep::cycle)
                                    .orElse(1));
                }
                breached |= t.action() == Action.BREACH
                        && t.stepIfAny()
                                .map(s -> s.metric().equals("RESOLUTION"))
                                .orElse(false);
            }
            whistles += rounds;
            var m = office.matter(id);
            pushed += m.report().channel() == SourceChannel.DEPARTMENT_PUSH ? 1 : 0;
            State state = m.state();
            if (state == State.CLOSED) {
                closed++;
                onTime += breached ? 0 : 1;
            } else if (state.isOpen()) {
                open++;
            }
        }
        return new SimulationSummary(
                matters.size(),
                c.refusedReports(),
                closed,
                onTime,
                open,
                c.commands(),
                c.refusedCommands(),
                counts[Action.WARN.ordinal()],
                counts[Action.BREACH.ordinal()],
                escalations,
                counts[Action.YELLOW_CARD.ordinal()],
                counts[Action.RED_CARD.ordinal()],
                c.delivered(),
                c.failures(),
                office.clockProblems().size(),
                whistles,
                counts[Action.SUMMON.ordinal()],
                counts[Action.CHECK_IN.ordinal()],
                counts[Action.DECLINE_SUMMONS.ordinal()],
                counts[Action.NO_SHOW.ordinal()],
                noShowEscalations,
                pushed + c.refusedPushes(),
                c.refusedPushes(),
                counts[Action.FIX_ON_THE_SPOT.ordinal()],
                c.reveals());
    }
}
