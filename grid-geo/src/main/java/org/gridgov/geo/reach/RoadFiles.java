package org.gridgov.geo.reach;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads roads from a GeoJSON FeatureCollection of LineString and MultiLineString features in
 * lon/lat degrees, the strict way every JSON file is read ({@link GridJson}). Roads must be
 * trusted, so anything else (another geometry type, a position that is not two or three finite
 * numbers, a line of fewer than two positions, a longitude or latitude out of range) is a {@link
 * JsonInputException} naming the file, the JSON path, the rule and the value; a feature with a null
 * geometry is skipped. Stateless.
 */
public final class RoadFiles {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private RoadFiles() {}

    /** The network of the roads in {@code file}. */
    public static RoadNetwork read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return RoadNetwork.of(lines(bytes, file.toString()));
    }

    /** The lines of a roads file's bytes; {@code source} names it in errors. */
    static List<Geometry> lines(byte[] bytes, String source) {
        JsonNode root = GridJson.read(bytes, source, JsonNode.class);
        if (!root.isObject() || !"FeatureCollection".equals(root.path("type").asText(null))) {
            throw new JsonInputException(
                    source, "$.type", "a roads file is a FeatureCollection", kind(root.path("type")));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new JsonInputException(source, "$.features", "is an array of features", kind(features));
        }
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String at = "$.features[" + i + "]";
            JsonNode geometry = features.get(i).get("geometry");
            if (geometry == null || geometry.isNull()) {
                continue;
            }
            String type = geometry.path("type").asText("");
            JsonNode coordinates = geometry.get("coordinates");
            if (type.equals("LineString")) {
                out.add(line(coordinates, source, at + ".geometry.coordinates"));
            } else if (type.equals("MultiLineString")) {
                if (coordinates == null || !coordinates.isArray()) {
                    throw new JsonInputException(
                            source, at + ".geometry.coordinates", "is an array of lines", kind(coordinates));
                }
                for (int k = 0; k < coordinates.size(); k++) {
                    out.add(line(coordinates.get(k), source, at + ".geometry.coordinates[" + k + "]"));
                }
            } else {
                throw new JsonInputException(
                        source, at + ".geometry.type", "a road is a LineString or MultiLineString", type);
            }
        }
        return out;
    }

    private static Geometry line(JsonNode positions, String source, String at) {
        if (positions == null || !positions.isArray() || positions.size() < 2) {
            throw new JsonInputException(source, at, "a line has at least two positions", kind(positions));
        }
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int p = 0; p < cs.length; p++) {
            JsonNode pos = positions.get(p);
            String where = at + "[" + p + "]";
            if (!pos.isArray()
                    || pos.size() < 2
                    || pos.size() > 3
                    || !pos.get(0).isNumber()
                    || !pos.get(1).isNumber()) {
                throw new JsonInputException(source, where, "a position is [lon, lat]", kind(pos));
            }
            double lon = pos.get(0).asDouble();
            double lat = pos.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180)) {
                throw new JsonInputException(
                        source,
                        where + "[0]",
                        "a longitude is within -180..180",
                        pos.get(0).toString());
            }
            if (!(lat >= -90 && lat <= 90)) {
                throw new JsonInputException(
                        source,
                        where + "[1]",
                        "a latitude is within -90..90",
                        pos.get(1).toString());
            }
            cs[p] = new Coordinate(lon, lat);
        }
        return FACTORY.createLineString(cs);
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return node.isValueNode() ? node.toString() : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
