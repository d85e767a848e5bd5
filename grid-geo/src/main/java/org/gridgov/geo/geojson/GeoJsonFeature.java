package org.gridgov.geo.geojson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON FeatureCollection: its position in the file, its id, its
 * geometry and its scalar properties.
 *
 * <p>Invariants: {@code index >= 0} for features read from a file ({@code -1} for
 * features built in code); {@code id} is never null (a feature without an id gets
 * {@code "features[i]"} and a {@link GeoJsonProblem}); {@code geometry} is never null
 * but may be empty when the file's geometry was unusable. Properties keep their file
 * order; values are {@code String}, {@code Double}, {@code Long}, {@code Boolean} or
 * {@code null}. Immutable, thread-safe. Does not check the geometry's validity.
 */
public record GeoJsonFeature(
        int index,
        String id,

        @JsonSerialize(using = GeometryJson.Writer.class) @JsonDeserialize(using = GeometryJson.Reader.class)
        Geometry geometry,

        Map<String, Object> properties) {

    public GeoJsonFeature {
        requireNonNull(id, "id");
        requireNonNull(geometry, "geometry");
        properties = copyOf(requireNonNull(properties, "properties"));
    }

    private static final Class<?> SINGLETON = Collections.singletonMap("", "").getClass();

    /**
     * An unmodifiable copy in the same order; none or one property (the common id) without a hash
     * map, and a singleton map as it is (it cannot change).
     */
    private static Map<String, Object> copyOf(Map<String, Object> properties) {
        if (properties.isEmpty()) {
            return Map.of();
        }
        if (properties.getClass() == SINGLETON) {
            return properties;
        }
        if (properties.size() == 1) {
            Map.Entry<String, Object> only = properties.entrySet().iterator().next();
            return Collections.singletonMap(only.getKey(), only.getValue());
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** A feature built in code, for writing: no file index, no properties. */
    public static GeoJsonFeature of(String id, Geometry geometry) {
        return new GeoJsonFeature(-1, id, geometry, Map.of());
    }

    /** A feature built in code, for writing, with properties. */
    public static GeoJsonFeature of(String id, Geometry geometry, Map<String, Object> properties) {
        return new GeoJsonFeature(-1, id, geometry, properties);
    }

    /** The JSON path of this feature in its file, {@code features[i]}. */
    public String path() {
        return "features[" + index + "]";
    }
}
