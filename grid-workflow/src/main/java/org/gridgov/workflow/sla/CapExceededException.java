package org.gridgov.workflow.sla;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;

/**
 * A suspension or extension refused because it would pass the cap of an SLA target ("7 days at the
 * latest", {@link Target#cap()}) and the command carries no district approval. Names the matter, the
 * action, the metric, the SLA rule, the cap and the instant it falls at; nothing about people. The
 * matter is left as it was.
 */
public final class CapExceededException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient MatterId matter;
    private final Action action;
    private final Metric metric;
    private final String rule;
    private final String cap;
    private final Instant capAt;

    CapExceededException(
            MatterId matter, Action action, Metric metric, String rule, String cap, Instant capAt, String why) {
        super(
                "approval",
                "matter " + matter + ": " + action + " would pass the cap " + cap + " of SLA rule " + rule + " for "
                        + metric + " (due at the latest " + capAt + "; " + why
                        + "); a district approval is needed (sla cap)",
                action);
        this.matter = matter;
        this.action = action;
        this.metric = metric;
        this.rule = rule;
        this.cap = cap;
        this.capAt = capAt;
    }

    /** The matter. */
    public MatterId matter() {
        return matter;
    }

    /** The refused action. */
    public Action action() {
        return action;
    }

    /** The metric whose cap it would pass. */
    public Metric metric() {
        return metric;
    }

    /** The id of the SLA rule whose target carries the cap. */
    public String slaRule() {
        return rule;
    }

    /** The cap, as written in the policy ({@code 7wd}). */
    public String cap() {
        return cap;
    }

    /** The latest instant the cycle may fall due under the cap. */
    public Instant capAt() {
        return capAt;
    }
}
