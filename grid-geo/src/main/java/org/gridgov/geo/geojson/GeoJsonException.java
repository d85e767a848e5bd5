package org.gridgov.geo.geojson;

import org.gridgov.core.json.JsonInputException;

/**
 * A GeoJSON file the reader cannot use at all: not strict JSON, not a FeatureCollection, no
 * {@code features} array. Defects inside single features are not thrown but reported as
 * {@link GeoJsonProblem}s.
 *
 * <p>In the one form of every JSON reader of the library,
 * {@code grids.geojson: $.features: must be an array (an object)}: {@link #file()}, then
 * {@link #jsonPath()}, the rule and the value.
 */
public class GeoJsonException extends JsonInputException {
    private static final long serialVersionUID = 1L;

    /** A failure at {@code jsonPath} (starting with {@code $}) of {@code file}; the value is shown as given. */
    public GeoJsonException(String file, String jsonPath, String rule, String valueText) {
        super(file, jsonPath, rule, valueText);
    }

    /** The same failure, found while reading the text. */
    GeoJsonException(JsonInputException e) {
        super(e.file().orElse(null), e.jsonPath(), e.rule(), e.value(), e);
    }
}
