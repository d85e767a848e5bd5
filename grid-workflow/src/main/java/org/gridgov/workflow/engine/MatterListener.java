package org.gridgov.workflow.engine;

import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Transition;

/**
 * Receives every transition the engine commits, so a host can notify people or an SLA clock can
 * start, pause or stop.
 *
 * <p>Called on the committing thread after the transition is stored, while the engine holds
 * that matter's lock: for one matter, calls come one at a time in version order. Keep it quick
 * and hand slow work to an executor; in particular, do not act on <em>other</em> matters from
 * inside a listener (two listeners doing so crosswise could deadlock), hand that to an executor
 * too. An exception thrown by a listener is logged and does not undo the transition.
 */
@FunctionalInterface
public interface MatterListener {
    /** Called once per committed transition with the matter as it is after it. */
    void onTransition(Matter after, Transition transition);
}
