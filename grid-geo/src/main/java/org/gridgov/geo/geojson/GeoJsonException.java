package org.gridgov.geo.geojson;

import org.gridgov.core.InvalidInputException;

/**
 * A GeoJSON file the reader cannot use at all: not JSON, not a FeatureCollection, no
 * {@code features} array. Defects inside single features are not thrown but reported
 * as {@link GeoJsonProblem}s.
 *
 * <p>{@link #path()} is the file name followed by the JSON path (or line and column for
 * a syntax error).
 */
public class GeoJsonException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public GeoJsonException(String path, String rule, Object value) {
        super(path, rule, value);
    }

    public GeoJsonException(String path, String rule, Object value, Throwable cause) {
        super(path, rule, value, cause);
    }
}
