package org.gridgov.workflow.mode;

import org.gridgov.core.GridException;
import org.gridgov.core.area.AreaCode;

/** An actor tried to switch the mode of an area the mode policy does not let them switch. Nothing changed. */
public class NotAuthorisedException extends GridException {
    private static final long serialVersionUID = 1L;

    private final String actor;
    private final transient AreaCode area;

    /** A refusal of {@code actor} switching {@code area}. */
    public NotAuthorisedException(String actor, AreaCode area) {
        super(actor + " is not authorised to switch the mode of area " + area);
        this.actor = actor;
        this.area = area;
    }

    /** The actor refused. */
    public String actor() {
        return actor;
    }

    /** The area they tried to switch. */
    public AreaCode area() {
        return area;
    }
}
