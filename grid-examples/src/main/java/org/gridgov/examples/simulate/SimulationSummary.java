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
        long clockProblems) {

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

    /** The summary as a JSON object with the components' names. */
    public ObjectNode toJson() {
        return GridJson.mapper().valueToTree(this);
    }
}
