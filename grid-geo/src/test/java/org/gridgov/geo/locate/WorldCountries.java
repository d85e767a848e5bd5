package org.gridgov.geo.locate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A minimal test-only reader of {@code world-countries-50m.geojson} (Natural Earth via
 * world-atlas) into JTS geometries by ISO 3166 numeric code, in order of first appearance.
 * Features sharing a code (Australia and Ashmore and Cartier Is. are both 036; five disputed
 * areas are "undefined") are merged into one MultiPolygon. Rings with fewer than four positions
 * are dropped; nothing else is repaired.
 */
final class WorldCountries {
    private WorldCountries() {}

    static Map<String, Geometry> read() throws IOException {
        String dir = System.getProperty("grid.data");
        if (dir == null) {
            throw new IllegalStateException("system property grid.data is not set");
        }
        JsonNode root = new ObjectMapper().readTree(Files.readString(Path.of(dir, "world-countries-50m.geojson")));
        GeometryFactory factory = new GeometryFactory();
        Map<String, List<Polygon>> byCode = new LinkedHashMap<>();
        for (JsonNode feature : root.get("features")) {
            JsonNode geometry = feature.get("geometry");
            String code = feature.get("properties").get("code").asText();
            List<Polygon> polygons = byCode.computeIfAbsent(code, c -> new ArrayList<>());
            if ("Polygon".equals(geometry.get("type").asText())) {
                addPolygon(factory, geometry.get("coordinates"), polygons);
            } else {
                for (JsonNode polygon : geometry.get("coordinates")) {
                    addPolygon(factory, polygon, polygons);
                }
            }
        }
        Map<String, Geometry> countries = new LinkedHashMap<>();
        byCode.forEach((code, polygons) -> countries.put(
                code,
                polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(new Polygon[0]))));
        return countries;
    }

    private static void addPolygon(GeometryFactory factory, JsonNode rings, List<Polygon> out) {
        List<LinearRing> parts = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> coordinates = new ArrayList<>();
            for (JsonNode position : ring) {
                coordinates.add(new Coordinate(
                        position.get(0).asDouble(), position.get(1).asDouble()));
            }
            if (!coordinates.isEmpty() && !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
                coordinates.add(new Coordinate(coordinates.get(0)));
            }
            if (coordinates.size() >= 4) {
                parts.add(factory.createLinearRing(coordinates.toArray(new Coordinate[0])));
            } else if (parts.isEmpty()) {
                return;
            }
        }
        if (!parts.isEmpty()) {
            out.add(factory.createPolygon(
                    parts.get(0), parts.subList(1, parts.size()).toArray(new LinearRing[0])));
        }
    }
}
