package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

/**
 * A place that must lie in exactly one grid (a building, a school, an enterprise): its
 * id, the grid the plan assigns it to, and its point in the boundaries' coordinates.
 * Immutable, thread-safe.
 */
public record Place(String placeId, String assignedGridId, double x, double y) {

    public Place {
        requireNonNull(placeId, "placeId");
        requireNonNull(assignedGridId, "assignedGridId");
    }

    public static Place of(String placeId, String assignedGridId, double x, double y) {
        return new Place(placeId, assignedGridId, x, y);
    }
}
