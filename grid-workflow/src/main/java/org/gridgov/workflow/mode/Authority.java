package org.gridgov.workflow.mode;

import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.Sorted;

/**
 * Who may switch the mode of an area and the areas below it. Immutable; Jackson reads it as
 * {@code {"area":"321102001","actors":["street-001:duty-chief"]}}.
 *
 * @param area the area
 * @param actors the actors authorised
 */
public record Authority(AreaCode area, Set<String> actors) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the area is missing or no actor is named
     */
    public Authority {
        if (area == null) {
            throw new InvalidInputException("area", "an authority names its area", null);
        }
        if (actors == null || actors.isEmpty()) {
            throw new InvalidInputException("actors", "an authority names at least one actor", area);
        }
        actors = Sorted.set(actors);
    }

    /** Whether {@code actor} may switch {@code target}. */
    public boolean permits(String actor, AreaCode target) {
        return actors.contains(actor) && area.contains(target);
    }
}
