package org.gridgov.workflow.sla;

import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;

/**
 * When the clock of one metric starts, pauses, resumes, stops and resets, as lifecycle
 * {@link Action}s. Immutable.
 *
 * <p>An action in several sets counts once, in this order of precedence: reset, stop, start,
 * pause, resume, extend. {@code resetOn} ends the current cycle (if open) and starts a new one with the
 * full target; {@code startOn} starts a new cycle only if none is open (a running or paused
 * clock ignores it); {@code stopOn} ends the open cycle; {@code pauseOn} pauses a running clock
 * and {@code resumeOn} resumes a paused one; a paused clock's time does not count; {@code extendOn}
 * (e.g. {@code GRANT_EXTENSION}) adds the target's {@link Target#extension()} to an open cycle. Actions that do
 * not apply to the clock's status are ignored.
 *
 * @param metric the metric
 * @param startOn actions that start a cycle, at least one
 * @param pauseOn actions that pause
 * @param resumeOn actions that resume
 * @param stopOn actions that stop
 * @param resetOn actions that restart with a new cycle
 * @param extendOn actions that grant the target's extension
 */
public record ClockRule(
        Metric metric,
        Set<Action> startOn,
        Set<Action> pauseOn,
        Set<Action> resumeOn,
        Set<Action> stopOn,
        Set<Action> resetOn,
        Set<Action> extendOn) {

    /**
     * Checks and normalises the parts; absent sets are empty.
     *
     * @throws InvalidInputException if the metric is missing or nothing starts the clock
     */
    public ClockRule {
        if (metric == null) {
            throw new InvalidInputException(
                    "metric", "a clock names its metric (" + java.util.Arrays.toString(Metric.values()) + ")", null);
        }
        startOn = startOn == null ? Set.of() : EnumSets.copyOf(startOn);
        pauseOn = pauseOn == null ? Set.of() : EnumSets.copyOf(pauseOn);
        resumeOn = resumeOn == null ? Set.of() : EnumSets.copyOf(resumeOn);
        stopOn = stopOn == null ? Set.of() : EnumSets.copyOf(stopOn);
        resetOn = resetOn == null ? Set.of() : EnumSets.copyOf(resetOn);
        extendOn = extendOn == null ? Set.of() : EnumSets.copyOf(extendOn);
        if (startOn.isEmpty()) {
            throw new InvalidInputException("startOn", "a clock starts on at least one action", "[]");
        }
    }
}
