package org.gridgov.workflow.separation;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;

/**
 * A command refused because its actor already did a step the policy keeps separate from it (the
 * resolver verifying). Names the matter, the action and the category; never the person.
 */
public final class SeparationOfDutiesException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient MatterId matter;
    private final Action action;
    private final String category;

    SeparationOfDutiesException(MatterId matter, Action action, String category) {
        super(
                "actor",
                "matter " + matter + " of category " + category + ": the person who resolved a matter does not "
                        + action + " it (separation of duties; the policy does not relax it for " + category + ")",
                action);
        this.matter = matter;
        this.action = action;
        this.category = category;
    }

    /** The matter. */
    public MatterId matter() {
        return matter;
    }

    /** The refused action. */
    public Action action() {
        return action;
    }

    /** The matter's category. */
    public String category() {
        return category;
    }
}
