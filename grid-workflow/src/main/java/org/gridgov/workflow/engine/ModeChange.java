package org.gridgov.workflow.engine;

import java.util.List;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.mode.ModeSwitch;

/**
 * The outcome of {@link MatterEngine#switchMode}: the recorded switch and the open matters it
 * re-routed (empty unless the mode policy re-routes open matters). Immutable.
 *
 * @param change the recorded switch
 * @param rerouted the matters re-routed, in id order
 */
public record ModeChange(ModeSwitch change, List<MatterId> rerouted) {

    /** Copies the list. */
    public ModeChange {
        rerouted = List.copyOf(rerouted);
    }
}
