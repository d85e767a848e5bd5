package org.gridgov.workflow.matter;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;

/**
 * The one rule for what a masked matter or history keeps: no reporter, no register id, no
 * description, no attachments, the location coarsened to an area (a coordinate can place a person),
 * and no free-text reason (a non-empty reason becomes {@value #REASON}, so that a step which needs a
 * reason still replays). Stateless.
 */
final class Masking {
    /** What a masked transition's reason reads, when it had one. */
    static final String REASON = "***";

    private Masking() {}

    static MatterReport report(MatterReport r, AreaCode area) {
        return ((ImmutableMatterReport) ImmutableMatterReport.copyOf(r))
                .withReporter(Reporter.anonymous())
                .withReporterId(Optional.empty())
                .withDescription("")
                .withAttachments(List.of())
                .withLocation(Location.of(area));
    }

    static Transition transition(Transition t) {
        if (t.reason().isEmpty()) {
            return t;
        }
        return new Transition(
                t.matter(),
                t.version(),
                t.action(),
                t.from(),
                t.to(),
                t.actor(),
                t.at(),
                REASON,
                t.assignment(),
                t.routing(),
                t.step(),
                t.area());
    }
}
