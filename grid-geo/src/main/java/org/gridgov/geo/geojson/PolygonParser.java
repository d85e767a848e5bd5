package org.gridgov.geo.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns one feature's GeoJSON geometry into a JTS Polygon or MultiPolygon, recording
 * every defect as a {@link GeoJsonProblem} and dropping or repairing the offending part.
 * One instance per feature; not thread-safe.
 */
final class PolygonParser {
    private final GeometryFactory factory;
    private final int index;
    private final String id;
    private final List<GeoJsonProblem> problems;
    private final int problemsBefore;

    PolygonParser(GeometryFactory factory, int index, String id, List<GeoJsonProblem> problems) {
        this.factory = factory;
        this.index = index;
        this.id = id;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    Geometry parse(JsonNode geometry, String path) {
        if (geometry == null || geometry.isNull()) {
            problem(GeoJsonProblem.Kind.EMPTY_GEOMETRY, path, "must be a Polygon or MultiPolygon", "null");
            return factory.createPolygon();
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            Polygon p = polygon(coordinates, path + ".coordinates");
            if (p != null) {
                polygons.add(p);
            }
        } else if ("MultiPolygon".equals(type)) {
            if (isArray(coordinates, path + ".coordinates", "must be an array of polygons")) {
                for (int k = 0; k < coordinates.size(); k++) {
                    Polygon p = polygon(coordinates.get(k), path + ".coordinates[" + k + "]");
                    if (p != null) {
                        polygons.add(p);
                    }
                }
            }
        } else {
            problem(
                    GeoJsonProblem.Kind.UNSUPPORTED_GEOMETRY,
                    path + ".type",
                    "must be Polygon or MultiPolygon",
                    geometry.path("type").toString());
            return factory.createPolygon();
        }
        if (polygons.isEmpty()) {
            if (problems.size() == problemsBefore) {
                problem(
                        GeoJsonProblem.Kind.EMPTY_GEOMETRY,
                        path + ".coordinates",
                        "must hold at least one polygon",
                        "[]");
            }
            return "Polygon".equals(type) ? factory.createPolygon() : factory.createMultiPolygon();
        }
        return "Polygon".equals(type) ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private Polygon polygon(JsonNode rings, String path) {
        if (!isArray(rings, path, "must be an array of linear rings")) {
            return null;
        }
        if (rings.isEmpty()) {
            problem(GeoJsonProblem.Kind.EMPTY_GEOMETRY, path, "must hold at least one ring", "[]");
            return null;
        }
        LinearRing shell = ring(rings.get(0), path + "[0]");
        if (shell == null) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int r = 1; r < rings.size(); r++) {
            LinearRing hole = ring(rings.get(r), path + "[" + r + "]");
            if (hole != null) {
                holes.add(hole);
            }
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private LinearRing ring(JsonNode positions, String path) {
        if (!isArray(positions, path, "must be an array of positions")) {
            return null;
        }
        List<Coordinate> ring = new ArrayList<>(positions.size() + 1);
        for (int p = 0; p < positions.size(); p++) {
            Coordinate c = position(positions.get(p), path + "[" + p + "]");
            if (c == null) {
                return null;
            }
            ring.add(c);
        }
        if (!ring.isEmpty() && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            problem(
                    GeoJsonProblem.Kind.UNCLOSED_RING,
                    path,
                    "first and last positions must be equal",
                    ring.get(0) + " and " + ring.get(ring.size() - 1));
            ring.add(new Coordinate(ring.get(0)));
        }
        if (ring.size() < 4) {
            problem(
                    GeoJsonProblem.Kind.TOO_FEW_POINTS,
                    path,
                    "a linear ring must have at least 4 positions",
                    ring.size() + " positions");
            return null;
        }
        return factory.createLinearRing(ring.toArray(new Coordinate[0]));
    }

    private Coordinate position(JsonNode position, String path) {
        if (position == null || !position.isArray()) {
            problem(GeoJsonProblem.Kind.WRONG_NESTING, path, "must be a position [x, y]", describe(position));
            return null;
        }
        if (position.size() < 2
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            problem(
                    GeoJsonProblem.Kind.INVALID_COORDINATE,
                    path,
                    "must be a position of at least two numbers",
                    position.toString());
            return null;
        }
        double x = position.get(0).asDouble();
        double y = position.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            problem(GeoJsonProblem.Kind.INVALID_COORDINATE, path, "coordinates must be finite", position.toString());
            return null;
        }
        return new Coordinate(x, y);
    }

    private boolean isArray(JsonNode node, String path, String rule) {
        if (node != null && node.isArray()) {
            return true;
        }
        problem(GeoJsonProblem.Kind.WRONG_NESTING, path, rule, describe(node));
        return false;
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private void problem(GeoJsonProblem.Kind kind, String path, String rule, String value) {
        problems.add(new GeoJsonProblem(kind, index, id, path, rule, value));
    }
}
