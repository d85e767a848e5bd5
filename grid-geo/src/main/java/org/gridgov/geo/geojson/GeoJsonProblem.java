package org.gridgov.geo.geojson;

import static java.util.Objects.requireNonNull;

/**
 * A defect in one feature of a GeoJSON file that the reader survived: the feature is
 * kept (with its geometry repaired or emptied, as {@link #kind()} says) and the problem
 * is reported as data, so a coverage check can turn it into a finding.
 *
 * <p>{@code path} is the JSON path of the offending node, e.g.
 * {@code features[12].geometry.coordinates[0][3]}; {@code featureId} is the feature's
 * id as read (or {@code features[i]} when it had none). Immutable, thread-safe.
 */
public record GeoJsonProblem(Kind kind, int featureIndex, String featureId, String path, String rule, String value) {

    /** What went wrong, and what the reader did about it. */
    public enum Kind {
        /** The feature has no id (or no id property); it was given {@code features[i]}. */
        MISSING_ID,
        /** The feature is not a JSON object of type Feature; it was skipped. */
        NOT_A_FEATURE,
        /** The geometry is null, missing or has no usable polygon; the feature's geometry is empty. */
        EMPTY_GEOMETRY,
        /** The geometry is not a Polygon or MultiPolygon; the feature's geometry is empty. */
        UNSUPPORTED_GEOMETRY,
        /** Coordinates are not nested as the geometry type requires; that part was dropped. */
        WRONG_NESTING,
        /** A position is not two or three finite numbers; its ring was dropped. */
        INVALID_COORDINATE,
        /** A ring's first and last positions differ; the reader closed it. */
        UNCLOSED_RING,
        /** A ring has fewer than four positions; it was dropped (a shell with its holes). */
        TOO_FEW_POINTS
    }

    public GeoJsonProblem {
        requireNonNull(kind, "kind");
        requireNonNull(featureId, "featureId");
        requireNonNull(path, "path");
        requireNonNull(rule, "rule");
        requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return path + " (feature " + featureId + "): " + rule + ", but was " + value;
    }
}
