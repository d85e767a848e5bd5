package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A proposed new station: at the door of home {@code at} (lon/lat), and the uncovered homes it
 * would bring within the walk that no earlier suggestion already did, in input order. Immutable.
 */
public record SuggestedSite(String at, double lon, double lat, List<String> covers) {

    public SuggestedSite {
        requireNonNull(at, "at");
        covers = List.copyOf(covers);
    }
}
