package org.gridgov.workflow.routing;

import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Sorted;
import org.gridgov.workflow.mode.Mode;

/**
 * One routing rule: when a matter matches every condition, it is handled at {@code level}.
 *
 * <p>An empty {@code categories} or {@code modes} set matches any; {@code minSeverity}
 * {@code null} matches any severity; {@code minGrids} is the least number of grids involved
 * (0, absent or 1 matches all). Immutable; Jackson reads it from
 * {@code {"id":"cross-grid","minGrids":2,"minSeverity":"MEDIUM","level":"STREET"}}, missing sets
 * being empty.
 *
 * @param id a name for the rule, quoted in every routing it decides
 * @param categories category codes the rule applies to (empty: all)
 * @param minSeverity the least severity, or {@code null} for any
 * @param minGrids the least number of grids involved, at least 1
 * @param modes the modes the rule applies in (empty: all)
 * @param level the handling level the rule assigns
 */
public record RoutingRule(
        String id, Set<String> categories, Severity minSeverity, int minGrids, Set<Mode> modes, HandlingLevel level) {

    /**
     * Checks and normalises the parts.
     *
     * @throws InvalidInputException if the id is blank, the level missing or minGrids below 1
     */
    public RoutingRule {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "a routing rule has an id", id);
        }
        if (level == null) {
            throw new InvalidInputException("level", "a routing rule names a handling level", null);
        }
        if (minGrids < 0) {
            throw new InvalidInputException("minGrids", "minGrids is 1 or more (0 or absent means 1)", minGrids);
        }
        minGrids = Math.max(1, minGrids);
        categories = categories == null ? Set.of() : Sorted.set(categories);
        modes = modes == null ? Set.of() : Sorted.set(modes);
    }

    /** A rule that matches everything and assigns {@code level}: a fallback for the end of a policy. */
    public static RoutingRule otherwise(String id, HandlingLevel level) {
        return new RoutingRule(id, Set.of(), null, 1, Set.of(), level);
    }

    /** Whether a matter with these traits matches the rule. */
    public boolean matches(String category, Severity severity, int grids, Mode mode) {
        return (categories.isEmpty() || categories.contains(category))
                && (minSeverity == null || severity.atLeast(minSeverity))
                && grids >= minGrids
                && (modes.isEmpty() || modes.contains(mode));
    }
}
