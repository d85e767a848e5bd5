package org.gridgov.geo.geojson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridgov.core.internal.JsonValues;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads an RFC 7946 FeatureCollection of Polygon and MultiPolygon features, as found
 * in real, dirty files.
 *
 * <p>{@code GeoJsonReader.read(path)} is the one-liner. The text is read as every JSON file of the
 * library is ({@link GridJson#read(byte[], String, Class)}: UTF-8, no duplicate keys, nothing
 * after the document, no {@code NaN}); a file that is not strict JSON or not a FeatureCollection
 * throws {@link GeoJsonException} ({@code grids.geojson: $.features: rule (value)}); every defect
 * inside a feature
 * (missing id, NaN or infinite coordinates, rings with too few points, unclosed rings,
 * wrong nesting, empty or unsupported geometries) becomes a {@link GeoJsonProblem} naming
 * the feature index, id and JSON path, and the reader carries on. It never checks
 * topology (self-intersections, overlaps): that is the coverage check's job.
 *
 * <p>A clean file, the common case, is read in one streaming pass from its bytes straight to JTS
 * coordinates; at the first thing that pass does not expect the file is read again by the strict
 * tree reader, which finds and reports it. Both give the same features, so only the speed differs.
 * The fast pass keeps each ring as a packed two-dimensional coordinate sequence: read positions
 * with {@code getX}/{@code getY} (or {@code getCoordinateN}); a {@code Coordinate} taken from it is
 * a copy, so changing it does not change the geometry.
 *
 * <p>Coordinates are taken as given ({@code x} = longitude or easting). Stateless and
 * thread-safe.
 */
public final class GeoJsonReader {
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z]{1,30}");

    private final Options options;
    private final GeometryFactory factory;

    private GeoJsonReader(Options options, GeometryFactory factory) {
        this.options = requireNonNull(options, "options");
        this.factory = requireNonNull(factory, "factory");
    }

    /**
     * How to read: which property holds the feature id.
     *
     * @param idProperty the name of the property under {@code properties} that holds the
     *     id; empty to use the feature's own {@code id} member
     */
    public record Options(Optional<String> idProperty) {
        public Options {
            requireNonNull(idProperty, "idProperty");
        }

        /** Ids from the feature's {@code id} member. */
        public static Options defaults() {
            return new Options(Optional.empty());
        }

        /** Ids from {@code properties.<name>}. */
        public Options withIdProperty(String name) {
            return new Options(Optional.of(requireNonNull(name, "name")));
        }
    }

    /** A reader with these options and JTS's default geometry factory. */
    public static GeoJsonReader of(Options options) {
        return new GeoJsonReader(options, new GeometryFactory());
    }

    /** Reads {@code file} with ids from the features' {@code id} member. */
    public static GeoJsonFeatures read(Path file) {
        return of(Options.defaults()).readFile(file);
    }

    Options options() {
        return options;
    }

    /** Reads {@code file}; the file name prefixes every path in problems and errors. */
    public GeoJsonFeatures readFile(Path file) {
        requireNonNull(file, "file");
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Reads a FeatureCollection from {@code in}; {@code source} names it in messages. */
    public GeoJsonFeatures read(InputStream in, String source) {
        requireNonNull(in, "in");
        requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        Optional<GeoJsonFeatures> clean = new CleanFileReader(factory, options.idProperty()).read(bytes, source);
        return clean.isPresent() ? clean.get() : readTree(bytes, source);
    }

    /** The strict tree reader alone: every file, every problem (the fast path's reference). */
    GeoJsonFeatures readTree(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = GridJson.read(bytes, source, JsonNode.class);
        } catch (JsonInputException e) {
            throw new GeoJsonException(e);
        }
        if (!root.isObject()) {
            throw new GeoJsonException(source, "$", "must be a JSON object", JsonValues.describe(root));
        }
        JsonNode type = root.get("type");
        if (type == null || !"FeatureCollection".equals(type.asText(null))) {
            throw new GeoJsonException(source, "$.type", "must be FeatureCollection", keyword(type));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new GeoJsonException(source, "$.features", "must be an array", JsonValues.describe(features));
        }
        List<GeoJsonFeature> out = new ArrayList<>(features.size());
        List<GeoJsonProblem> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            readFeature(features.get(i), i, out, problems);
        }
        return new GeoJsonFeatures(source, out, problems);
    }

    private void readFeature(JsonNode node, int index, List<GeoJsonFeature> out, List<GeoJsonProblem> problems) {
        String path = "features[" + index + "]";
        if (!node.isObject() || !"Feature".equals(node.path("type").asText(null))) {
            problems.add(new GeoJsonProblem(
                    GeoJsonProblem.Kind.NOT_A_FEATURE,
                    index,
                    path,
                    path + ".type",
                    "must be an object of type Feature",
                    node.isObject() ? keyword(node.get("type")) : JsonValues.describe(node)));
            return;
        }
        String id = readId(node, index, path, problems);
        Geometry geometry =
                new PolygonParser(factory, index, id, problems).parse(node.get("geometry"), path + ".geometry");
        out.add(new GeoJsonFeature(index, id, geometry, readProperties(node.get("properties"))));
    }

    private String readId(JsonNode feature, int index, String path, List<GeoJsonProblem> problems) {
        JsonNode idNode = options.idProperty().isPresent()
                ? feature.path("properties").get(options.idProperty().get())
                : feature.get("id");
        if (idNode != null
                && (idNode.isTextual() || idNode.isIntegralNumber())
                && !idNode.asText().isBlank()) {
            return idNode.asText();
        }
        String idPath = options.idProperty().map(p -> path + ".properties." + p).orElse(path + ".id");
        problems.add(new GeoJsonProblem(
                GeoJsonProblem.Kind.MISSING_ID,
                index,
                path,
                idPath,
                "must be a non-blank string or integer",
                JsonValues.describe(idNode)));
        return path;
    }

    /** A GeoJSON type word as written; anything else by its kind. */
    private static String keyword(JsonNode type) {
        return type != null
                        && type.isTextual()
                        && KEYWORD.matcher(type.textValue()).matches()
                ? "'" + type.textValue() + "'"
                : JsonValues.describe(type);
    }

    private static Map<String, Object> readProperties(JsonNode properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (properties == null || !properties.isObject()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            JsonNode v = e.getValue();
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                out.put(e.getKey(), v.asLong());
            } else if (v.isNumber()) {
                out.put(e.getKey(), v.asDouble());
            } else if (v.isBoolean()) {
                out.put(e.getKey(), v.asBoolean());
            } else if (v.isTextual()) {
                out.put(e.getKey(), v.asText());
            } else if (v.isNull()) {
                out.put(e.getKey(), null);
            } else {
                out.put(e.getKey(), v.toString());
            }
        }
        return out;
    }
}
