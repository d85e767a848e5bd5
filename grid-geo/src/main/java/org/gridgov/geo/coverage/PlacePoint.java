package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

/**
 * A place that must lie in exactly one grid (a building, a school, an enterprise): its
 * id, the grid the plan assigns it to, and its point in the boundaries' coordinates.
 * Immutable, thread-safe.
 */
public record PlacePoint(String placeId, String assignedGridId, double x, double y) {

    public PlacePoint {
        requireNonNull(placeId, "placeId");
        requireNonNull(assignedGridId, "assignedGridId");
    }

    public static PlacePoint of(String placeId, String assignedGridId, double x, double y) {
        return new PlacePoint(placeId, assignedGridId, x, y);
    }
}
