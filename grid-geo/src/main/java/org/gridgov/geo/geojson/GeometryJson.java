package org.gridgov.geo.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.gridgov.core.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A JTS geometry as a GeoJSON geometry object (RFC 7946 section 3.1), for values that hold one
 * (coverage findings, boundaries, features): {@code @JsonSerialize(using = GeometryJson.Writer.class)
 * @JsonDeserialize(using = GeometryJson.Reader.class)}. Written as {@link GeoJsonWriter} writes
 * geometries (an empty geometry as {@code null}) but with rings in the order they are held, not
 * re-oriented, so a value reads back equal ({@link GeoJsonWriter}'s files orient rings per RFC 7946);
 * read strictly: every type but {@code GeometryCollection} of positions, each position exactly
 * {@code [x, y]}. Coordinates are not transformed. Stateless and thread-safe.
 */
public final class GeometryJson {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeometryJson() {}

    /** Writes a geometry as a GeoJSON geometry object. */
    public static final class Writer extends StdSerializer<Geometry> {
        private static final long serialVersionUID = 1L;

        /** The serializer Jackson instantiates. */
        public Writer() {
            super(Geometry.class);
        }

        @Override
        public void serialize(Geometry value, JsonGenerator g, SerializerProvider provider) throws IOException {
            GeoJsonWriter.writeGeometry(g, value, false);
        }
    }

    /** Reads a GeoJSON geometry object into a JTS geometry. */
    public static final class Reader extends StdDeserializer<Geometry> {
        private static final long serialVersionUID = 1L;

        /** The deserializer Jackson instantiates. */
        public Reader() {
            super(Geometry.class);
        }

        @Override
        public Geometry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return geometry(p.readValueAsTree());
        }

        @Override
        public Geometry getNullValue(DeserializationContext ctxt) {
            return FACTORY.createGeometryCollection();
        }
    }

    static Geometry geometry(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("type", "a geometry is a GeoJSON geometry object", "not an object");
        }
        String type = node.path("type").asText("");
        if (type.equals("GeometryCollection")) {
            JsonNode parts = array(node.get("geometries"), "geometries");
            Geometry[] geometries = new Geometry[parts.size()];
            for (int i = 0; i < geometries.length; i++) {
                geometries[i] = geometry(parts.get(i));
            }
            return FACTORY.createGeometryCollection(geometries);
        }
        JsonNode c = node.get("coordinates");
        return switch (type) {
            case "Point" -> FACTORY.createPoint(position(c));
            case "LineString" -> FACTORY.createLineString(positions(c));
            case "Polygon" -> polygon(c);
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(c));
            case "MultiLineString" -> {
                JsonNode lines = array(c, "coordinates");
                LineString[] parts = new LineString[lines.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = FACTORY.createLineString(positions(lines.get(i)));
                }
                yield FACTORY.createMultiLineString(parts);
            }
            case "MultiPolygon" -> {
                JsonNode polygons = array(c, "coordinates");
                Polygon[] parts = new Polygon[polygons.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(polygons.get(i));
                }
                yield FACTORY.createMultiPolygon(parts);
            }
            default ->
                throw new InvalidInputException(
                        "type",
                        "is a GeoJSON geometry type",
                        type.isEmpty() ? "absent" : type.length() + " characters");
        };
    }

    private static Polygon polygon(JsonNode c) {
        JsonNode rings = array(c, "coordinates");
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing shell = FACTORY.createLinearRing(positions(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = FACTORY.createLinearRing(positions(rings.get(i + 1)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] positions(JsonNode c) {
        JsonNode list = array(c, "coordinates");
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = position(list.get(i));
        }
        return out;
    }

    private static Coordinate position(JsonNode c) {
        if (c == null
                || !c.isArray()
                || c.size() != 2
                || !c.get(0).isNumber()
                || !c.get(1).isNumber()) {
            throw new InvalidInputException(
                    "coordinates",
                    "a position is [x, y]",
                    c == null ? "absent" : c.getNodeType().toString());
        }
        return new Coordinate(c.get(0).doubleValue(), c.get(1).doubleValue());
    }

    private static JsonNode array(JsonNode c, String field) {
        if (c == null || !c.isArray()) {
            throw new InvalidInputException(
                    field, "is an array", c == null ? "absent" : c.getNodeType().toString());
        }
        return c;
    }
}
