package org.gridgov.core.access;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.GridException;

/**
 * An actor asked for something outside their scope. Names the actor's id, the action and the area
 * concerned, never the record's personal data. The refusal is already in the audit trail when this
 * is thrown.
 */
public class AccessDeniedException extends GridException {
    private static final long serialVersionUID = 1L;

    private final String actor;
    private final Action action;
    private final String area;

    public AccessDeniedException(String actor, Action action, String area) {
        super("actor '" + requireNonNull(actor, "actor") + "' may not " + requireNonNull(action, "action") + " in area "
                + requireNonNull(area, "area") + ": outside the actor's scope");
        this.actor = actor;
        this.action = action;
        this.area = area;
    }

    /** The refused actor's id. */
    public String actor() {
        return actor;
    }

    /** What the actor tried to do. */
    public Action action() {
        return action;
    }

    /** The area code concerned. */
    public String area() {
        return area;
    }
}
