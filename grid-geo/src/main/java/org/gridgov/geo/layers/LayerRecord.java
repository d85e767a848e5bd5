package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

/**
 * A departmental record at a point (a case, a facility, a household visit): its id, the layer and
 * the departmental feature it was filed under, and its position in the layers' coordinates.
 * Immutable.
 */
public record LayerRecord(String id, String layer, String layerId, double x, double y) {

    public LayerRecord {
        requireNonNull(id, "id");
        requireNonNull(layer, "layer");
        requireNonNull(layerId, "layerId");
    }
}
