package org.gridgov.workflow.responsibility;

import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Sorted;

/**
 * Who is to act on a matter: a lead and, when several parties must act, co-handlers (指定责任制).
 *
 * <p>Parties are ids of people or units chosen by the host ({@code gw-0042},
 * {@code street:urban-management}). The lead is never among the co-handlers. Immutable.
 *
 * @param lead the party that leads and answers for the result
 * @param coHandlers the other parties that must act
 */
public record Assignment(String lead, Set<String> coHandlers) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the lead is blank or also a co-handler
     */
    public Assignment {
        if (lead == null || lead.isBlank()) {
            throw new InvalidInputException("assignment.lead", "an assignment names a lead", lead);
        }
        coHandlers = coHandlers == null ? Set.of() : Sorted.set(coHandlers);
        if (coHandlers.contains(lead)) {
            throw new InvalidInputException("assignment.coHandlers", "the lead is not also a co-handler", lead);
        }
    }

    /** A lead alone. */
    public static Assignment to(String lead) {
        return new Assignment(lead, Set.of());
    }

    /** A lead with co-handlers. */
    public static Assignment to(String lead, String... coHandlers) {
        return new Assignment(lead, Set.of(coHandlers));
    }
}
