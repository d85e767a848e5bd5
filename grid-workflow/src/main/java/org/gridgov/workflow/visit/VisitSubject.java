package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.area.AreaCode;

/**
 * A subject of visits: an opaque reference the host or the register of residents resolves, its
 * category (sensitive: a person's hardship, disability or assistance), its grid and its visitors by
 * role. {@link #toString()} masks the category. Immutable.
 *
 * @param ref the reference
 * @param category the category (e.g. {@code lone-elderly})
 * @param grid the grid the subject lives or sits in
 * @param visitors the visitor's id per role ({@code grid-worker} to {@code gw-0042})
 */
public record VisitSubject(String ref, String category, AreaCode grid, java.util.Map<String, String> visitors) {

    /** Checks the parts and copies the map. */
    public VisitSubject {
        requireNonNull(ref, "ref");
        requireNonNull(category, "category");
        requireNonNull(grid, "grid");
        visitors = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(visitors)); // sorted: stable JSON
    }

    /** The reference and grid; the category is masked. */
    @Override
    public String toString() {
        return "VisitSubject[" + ref + " in " + grid + ", category ***]";
    }
}
