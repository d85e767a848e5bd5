package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;

/**
 * What an SLA rule looks at: the matter's category and severity (from its report) and its whistle
 * and mode (from its latest routing). Before registration a matter has no whistle ({@code null})
 * and its mode counts as {@link Mode#NORMAL}. Immutable.
 *
 * @param category the category code
 * @param severity the severity
 * @param whistle the whistle, {@code null} before routing
 * @param mode the mode of the latest routing
 */
public record MatterFacts(String category, Severity severity, Whistle whistle, Mode mode) {

    /** Checks the required parts. */
    public MatterFacts {
        requireNonNull(category, "category");
        requireNonNull(severity, "severity");
        requireNonNull(mode, "mode");
    }

    /** Facts of a matter not yet routed. */
    public static MatterFacts reported(String category, Severity severity) {
        return new MatterFacts(category, severity, null, Mode.NORMAL);
    }
}
