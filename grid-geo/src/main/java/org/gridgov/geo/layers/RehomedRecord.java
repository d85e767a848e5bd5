package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a departmental record goes in the unified network: the base grid its point lies in (empty
 * when in none), and whether that grid is one its departmental feature overlaps ({@code
 * consistent}; false flags a record filed under the wrong feature or a point drawn in the wrong
 * place). Immutable.
 */
public record RehomedRecord(LayerRecord record, Optional<String> baseId, boolean consistent) {

    public RehomedRecord {
        requireNonNull(record, "record");
        requireNonNull(baseId, "baseId");
    }
}
