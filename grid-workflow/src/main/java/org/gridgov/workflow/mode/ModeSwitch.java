package org.gridgov.workflow.mode;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;

/**
 * A recorded switch of an area into a mode (平战转换): who switched, when, and why. The switch
 * covers the area and every area below it that has no switch of its own. Immutable.
 *
 * @param area the area switched
 * @param mode the mode it is now in
 * @param actor who switched it
 * @param at when, from the engine's clock
 * @param reason why
 */
public record ModeSwitch(AreaCode area, Mode mode, String actor, Instant at, String reason) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the actor or the reason is blank
     */
    public ModeSwitch {
        requireNonNull(area, "area");
        requireNonNull(mode, "mode");
        requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("actor", "a mode switch names its actor", actor);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a mode switch gives a reason", reason);
        }
    }
}
