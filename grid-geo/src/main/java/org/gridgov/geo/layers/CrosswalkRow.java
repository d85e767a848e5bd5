package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

/**
 * One departmental feature and one base grid that overlap: the overlap's area in m², and what share
 * it is of the feature ({@code shareOfLayer}) and of the base grid ({@code shareOfBase}), 0..1.
 * Immutable.
 */
public record CrosswalkRow(
        String layer, String layerId, String baseId, double areaM2, double shareOfLayer, double shareOfBase) {

    public CrosswalkRow {
        requireNonNull(layer, "layer");
        requireNonNull(layerId, "layerId");
        requireNonNull(baseId, "baseId");
    }
}
