package org.gridgov.workflow.sla;

import java.util.List;
import org.gridgov.core.InvalidInputException;

/**
 * A warning light that goes on when a running clock has used {@code percent} per cent of its
 * allowed time (working time for working targets, clock time for clock targets). Immutable.
 *
 * @param light the light
 * @param percent 1 to 100
 */
public record Threshold(Light light, int percent) {

    /** Yellow at 50%, orange at 75%, red at 100%. */
    public static final List<Threshold> DEFAULTS =
            List.of(new Threshold(Light.YELLOW, 50), new Threshold(Light.ORANGE, 75), new Threshold(Light.RED, 100));

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the light is missing or the percentage outside 1..100
     */
    public Threshold {
        if (light == null) {
            throw new InvalidInputException("light", "a threshold names a light (YELLOW, ORANGE, RED)", null);
        }
        if (percent < 1 || percent > 100) {
            throw new InvalidInputException("percent", "a threshold is 1 to 100 per cent of the allowed time", percent);
        }
    }
}
