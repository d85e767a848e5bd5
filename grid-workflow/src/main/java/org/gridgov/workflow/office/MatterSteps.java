package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;

/** What a change to a matter adds, built on the matter as it stands after its due steps fired. */
final class MatterSteps {
    private MatterSteps() {}

    /** One transition, or null for none. */
    @FunctionalInterface
    interface One {
        Transition next(Matter current, Instant now);
    }

    /** Several transitions, with the roles each notifies. */
    @FunctionalInterface
    interface Many {
        List<Whistles.Entry> next(Matter current, MatterHistory history, Instant now);

        /**
         * The step's one transition, when it is exactly one that notifies no role (a person's usual
         * command: no list to build per change), or {@code null}: then {@link #next} is asked.
         */
        default Transition single(Matter current, MatterHistory history, Instant now) {
            return null;
        }
    }
}
