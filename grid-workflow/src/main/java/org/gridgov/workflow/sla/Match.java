package org.gridgov.workflow.sla;

import java.util.Set;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;

/**
 * The condition of an SLA rule: each non-empty set must contain the matter's fact; an empty set
 * accepts anything. A non-empty {@code whistles} set does not match a matter that is not yet
 * routed. Immutable.
 *
 * @param categories category codes
 * @param whistles whistles (tiers)
 * @param severities severities
 * @param modes modes
 */
public record Match(Set<String> categories, Set<Whistle> whistles, Set<Severity> severities, Set<Mode> modes) {

    /** Matches every matter. */
    public static final Match ANY = new Match(Set.of(), Set.of(), Set.of(), Set.of());

    /** Normalises absent sets to empty ones. */
    public Match {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        whistles = whistles == null ? Set.of() : Set.copyOf(whistles);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
    }

    /** Whether a matter with these facts matches. */
    public boolean matches(MatterFacts facts) {
        return (categories.isEmpty() || categories.contains(facts.category()))
                && (whistles.isEmpty() || (facts.whistle() != null && whistles.contains(facts.whistle())))
                && (severities.isEmpty() || severities.contains(facts.severity()))
                && (modes.isEmpty() || modes.contains(facts.mode()));
    }
}
