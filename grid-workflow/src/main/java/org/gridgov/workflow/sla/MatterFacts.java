package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;

/**
 * What an SLA rule looks at: the matter's category, severity and source channel (from its report)
 * and its whistle and mode (from its latest routing). The channel is its name (such as
 * {@code HOTLINE_12345} or {@code WECHAT_GROUP}), {@code null} when the caller does not know it. Before registration a matter has no whistle ({@code null})
 * and its mode counts as {@link Mode#NORMAL}. Immutable.
 *
 * @param category the category code
 * @param severity the severity
 * @param whistle the whistle, {@code null} before routing
 * @param mode the mode of the latest routing
 * @param channel the source channel's name, or {@code null} if unknown
 */
public record MatterFacts(String category, Severity severity, Whistle whistle, Mode mode, String channel) {

    /** Checks the required parts. */
    public MatterFacts {
        requireNonNull(category, "category");
        requireNonNull(severity, "severity");
        requireNonNull(mode, "mode");
    }

    /** Facts without a known channel. */
    public MatterFacts(String category, Severity severity, Whistle whistle, Mode mode) {
        this(category, severity, whistle, mode, null);
    }

    /** Facts of a matter not yet routed. */
    public static MatterFacts reported(String category, Severity severity) {
        return reported(category, severity, null);
    }

    /** Facts of a matter not yet routed that came in by {@code channel} (its name, or {@code null}). */
    public static MatterFacts reported(String category, Severity severity, String channel) {
        return new MatterFacts(category, severity, null, Mode.NORMAL, channel);
    }
}
