package org.gridgov.workflow.office;

import org.gridgov.core.GridException;

/**
 * The office settings were saved by someone else since they were read (another office instance on
 * the same store). Nothing changed; read them again and retry.
 */
public class StaleSettingsException extends GridException {
    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long actual;

    /** A rejected save expecting version {@code expected} when the store holds {@code actual}. */
    public StaleSettingsException(long expected, long actual) {
        super("office settings are at version " + actual + ", the save expected version " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    /** The version the save expected. */
    public long expected() {
        return expected;
    }

    /** The version stored. */
    public long actual() {
        return actual;
    }
}
