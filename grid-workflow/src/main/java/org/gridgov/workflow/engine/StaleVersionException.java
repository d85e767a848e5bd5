package org.gridgov.workflow.engine;

import org.gridgov.core.GridException;
import org.gridgov.workflow.matter.MatterId;

/**
 * A command was based on a version of the matter that is no longer current: someone else acted
 * first. Nothing changed; reload the matter and decide again.
 */
public class StaleVersionException extends GridException {
    private static final long serialVersionUID = 1L;

    private final transient MatterId matter;
    private final long expected;
    private final long actual;

    /** A rejection of a command expecting {@code expected} when the store holds {@code actual}. */
    public StaleVersionException(MatterId matter, long expected, long actual) {
        super("matter " + matter + " is at version " + actual + ", the command expected version " + expected);
        this.matter = matter;
        this.expected = expected;
        this.actual = actual;
    }

    /** The matter. */
    public MatterId matter() {
        return matter;
    }

    /** The version the command expected. */
    public long expected() {
        return expected;
    }

    /** The version stored. */
    public long actual() {
        return actual;
    }
}
