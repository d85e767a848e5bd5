package org.gridgov.workflow.matter;

import org.gridgov.core.GridException;

/**
 * An action that the lifecycle does not allow in the matter's current state, such as closing a
 * matter that was never verified. Nothing changed.
 *
 * <p>Carries the matter id, its state and the attempted action.
 */
public class IllegalTransitionException extends GridException {
    private static final long serialVersionUID = 1L;

    private final transient MatterId matter;
    private final State state;
    private final Action action;

    /** A refusal of {@code action} on {@code matter} in {@code state}, with the rule broken. */
    public IllegalTransitionException(MatterId matter, State state, Action action, String rule) {
        super("matter " + matter + " in state " + state + " cannot " + action + ": " + rule);
        this.matter = matter;
        this.state = state;
        this.action = action;
    }

    /** The matter. */
    public MatterId matter() {
        return matter;
    }

    /** Its state when the action was attempted. */
    public State state() {
        return state;
    }

    /** The attempted action. */
    public Action action() {
        return action;
    }
}
