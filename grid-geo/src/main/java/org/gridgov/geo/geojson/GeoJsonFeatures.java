package org.gridgov.geo.geojson;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link GeoJsonReader} read from one file: the features in file order and the
 * problems it survived. Immutable, thread-safe.
 */
public record GeoJsonFeatures(String source, List<GeoJsonFeature> features, List<GeoJsonProblem> problems) {

    public GeoJsonFeatures {
        requireNonNull(source, "source");
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }
}
