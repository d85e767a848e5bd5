package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Something a crosswalk found: its kind, the layer ({@link LayerMerge#BASE} for the base) and
 * feature id, the base grids involved (largest overlap first), the area in m² the finding is
 * about and a one-line detail (never personal data). Immutable.
 */
public record LayerFinding(Kind kind, String layer, String id, List<String> baseIds, double areaM2, String detail) {

    /** What was found. */
    public enum Kind {
        /** A departmental feature lies in more than one base grid beyond the tolerance; area: the part outside its main grid. */
        STRADDLES_BASE,
        /** A base grid that no layer covers beyond the tolerance; area: the base grid's. */
        BASE_NOT_COVERED,
        /** Part of a departmental feature lies outside every base grid beyond the tolerance; area: that part. */
        OUTSIDE_BASE,
        /** An invalid geometry, repaired with JTS GeometryFixer for the overlay; detail: JTS's reason. */
        REPAIRED_GEOMETRY,
        /** A feature the reader could not use (no geometry, a broken ring, a missing id); detail: the rule. */
        INPUT_PROBLEM
    }

    public LayerFinding {
        requireNonNull(kind, "kind");
        requireNonNull(layer, "layer");
        requireNonNull(id, "id");
        baseIds = List.copyOf(baseIds);
        requireNonNull(detail, "detail");
    }
}
