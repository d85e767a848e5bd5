package org.gridgov.examples.cli;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a simulation with the office's delivery warnings held back: the simulated SMS gateway fails
 * some deliveries on purpose, the office logs each one, and the run counts them in its summary
 * instead. Errors still reach standard error.
 */
final class QuietOffice {
    /** Held strongly so that the level set here is not lost with a collected logger. */
    private static final Logger OFFICE_LOG = Logger.getLogger("org.gridgov.workflow.office");

    private QuietOffice() {}

    static <T> T during(Supplier<T> run) {
        Level level = OFFICE_LOG.getLevel();
        OFFICE_LOG.setLevel(Level.SEVERE);
        try {
            return run.get();
        } finally {
            OFFICE_LOG.setLevel(level);
        }
    }
}
