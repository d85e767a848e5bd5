package org.gridgov.examples.simulate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gridgov.core.json.GridJson;

/**
 * What a simulated run did, counted from the matters' histories and the host's listener.
 * Immutable.
 *
 * @param matters matters taken in
 * @param refusedReports reports the office refused (admission gate, location outside the plan)
 * @param closed matters closed by the end
 * @param onTime closed matters whose resolution clock never breached
 * @param open matters still open at the end
 * @param commands commands people gave that the office committed
 * @param refusedCommands commands the office refused (a matter that had moved on, say)
 * @param warnings warning lights (system entries)
 * @param breaches breaches (system entries)
 * @param escalations escalations by the SLA ladder (system entries)
 * @param yellowCards yellow supervision cards
 * @param redCards red supervision cards
 * @param notificationsDelivered notifications of SLA steps (to the lead, or the ladder step's role)
 *     that the host's channel accepted
 * @param deliveryFailures deliveries that failed and were retried
 * @param clockProblems matters whose clocks could not be computed
 * @param whistles whistles blown (网格吹哨): summons rounds on matters routed to a joint or tough
 *     whistle
 * @param summonses departments summoned by those whistles ({@code SUMMON} entries)
 * @param checkIns departments that reported in (部门报到, {@code CHECK_IN} entries)
 * @param refusals departments that refused a summons with a reason ({@code DECLINE_SUMMONS})
 * @param noShows departments that did not report in within their limit ({@code NO_SHOW}, recorded
 *     by the office)
 * @param noShowEscalations escalations the no-shows caused (actor {@code system:whistle}; not in
 *     {@code escalations})
 * @param pushes tasks departments pushed down to the grids (部门下派), admitted or not
 * @param pushesRefused pushes the admission gate refused
 * @param onTheSpotFixes small matters grid workers found and fixed on the spot (即知即改,
 *     {@code FIX_ON_THE_SPOT} entries)
 * @param reveals supervisors' audited reveals of the reporter of an escalated or supervised matter,
 *     or of one whose summoned department refused or did not show
 *     (purpose {@code supervision.callback}, counted from the audit trail)
 */
public record SimulationSummary(
        long matters,
        long refusedReports,
        long closed,
        long onTime,
        long open,
        long commands,
        long refusedCommands,
        long warnings,
        long breaches,
        long escalations,
        long yellowCards,
        long redCards,
        long notificationsDelivered,
        long deliveryFailures,
        long clockProblems,
        long whistles,
        long summonses,
        long checkIns,
        long refusals,
        long noShows,
        long noShowEscalations,
        long pushes,
        long pushesRefused,
        long onTheSpotFixes,
        long reveals) {

    /** One line for people: what came in, how it ended, what the SLA ladder did, what the host heard. */
    public String line() {
        return String.format(
                "%d matters (%d refused), %d closed (%d on time), %d open; %d warnings, %d breaches, %d escalations,"
                        + " %d yellow and %d red cards; %d notifications delivered, %d delivery failures retried;"
                        + " %d clock problems",
                matters,
                refusedReports,
                closed,
                onTime,
                open,
                warnings,
                breaches,
                escalations,
                yellowCards,
                redCards,
                notificationsDelivered,
                deliveryFailures,
                clockProblems);
    }

    /**
     * A second line for people: the seeds' practices (whistles and departments' answers, pushes and
     * the gate, on-the-spot fixes, supervisors' reveals).
     */
    public String practicesLine() {
        return String.format(
                "%d whistles summoned %d departments: %d checked in, %d refused, %d no-shows (%d escalated);"
                        + " %d pushes (%d refused by the admission gate); %d on-the-spot fixes; %d reveals of"
                        + " reporters, audited",
                whistles,
                summonses,
                checkIns,
                refusals,
                noShows,
                noShowEscalations,
                pushes,
                pushesRefused,
                onTheSpotFixes,
                reveals);
    }

    /** The summary as a JSON object with the components' names. */
    public ObjectNode toJson() {
        return GridJson.mapper().valueToTree(this);
    }
}
