package org.gridgov.geo.geojson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as an RFC 7946 FeatureCollection: shells counter-clockwise and holes
 * clockwise (the right-hand rule, section 3.1.6), empty geometries as {@code null}, any
 * JTS geometry type. Property values may be strings, numbers, booleans, null or
 * collections of those. Does not reproject: coordinates are written as they are.
 * Stateless and thread-safe.
 */
public final class GeoJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonWriter() {}

    /** Writes {@code features} to {@code out} (UTF-8), leaving the stream open. */
    public static void write(List<GeoJsonFeature> features, OutputStream out) {
        requireNonNull(features, "features");
        requireNonNull(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (GeoJsonFeature f : features) {
                writeFeature(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one Feature object with {@code g}, for callers that embed features in their own JSON. */
    static void writeFeature(JsonGenerator g, GeoJsonFeature feature) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", feature.id());
        g.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> e : feature.properties().entrySet()) {
            g.writeFieldName(e.getKey());
            writeValue(g, e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        writeGeometry(g, feature.geometry());
        g.writeEndObject();
    }

    /** Writes one geometry object with {@code g} ({@code null} when empty), rings oriented per RFC 7946. */
    static void writeGeometry(JsonGenerator g, Geometry geometry) throws IOException {
        writeGeometry(g, geometry, true);
    }

    /**
     * Writes one geometry object with {@code g} ({@code null} when empty); with {@code orient} false
     * rings keep the order they are held in, so the geometry reads back exactly equal.
     */
    static void writeGeometry(JsonGenerator g, Geometry geometry, boolean orient) throws IOException {
        if (geometry == null || geometry.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection
                && !(geometry instanceof MultiPoint
                        || geometry instanceof MultiLineString
                        || geometry instanceof MultiPolygon)) {
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeGeometry(g, geometry.getGeometryN(i), orient);
            }
            g.writeEndArray();
        } else {
            g.writeFieldName("coordinates");
            writeCoordinates(g, geometry, orient);
        }
        g.writeEndObject();
    }

    private static void writeCoordinates(JsonGenerator g, Geometry geometry, boolean orient) throws IOException {
        if (geometry instanceof Point p) {
            writePosition(g, p.getCoordinateSequence(), 0);
        } else if (geometry instanceof LineString line) {
            writeSequence(g, line.getCoordinateSequence(), false);
        } else if (geometry instanceof Polygon polygon) {
            g.writeStartArray();
            writeRing(g, polygon.getExteriorRing().getCoordinateSequence(), true, orient);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                writeRing(g, polygon.getInteriorRingN(h).getCoordinateSequence(), false, orient);
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (!geometry.getGeometryN(i).isEmpty()) {
                    writeCoordinates(g, geometry.getGeometryN(i), orient);
                }
            }
            g.writeEndArray();
        }
    }

    private static void writeRing(JsonGenerator g, CoordinateSequence ring, boolean counterClockwise, boolean orient)
            throws IOException {
        boolean reverse = orient && ring.size() >= 4 && Orientation.isCCW(ring) != counterClockwise;
        writeSequence(g, ring, reverse);
    }

    private static void writeSequence(JsonGenerator g, CoordinateSequence seq, boolean reverse) throws IOException {
        g.writeStartArray();
        int n = seq.size();
        for (int i = 0; i < n; i++) {
            writePosition(g, seq, reverse ? n - 1 - i : i);
        }
        g.writeEndArray();
    }

    private static void writePosition(JsonGenerator g, CoordinateSequence seq, int i) throws IOException {
        g.writeStartArray();
        g.writeNumber(seq.getX(i));
        g.writeNumber(seq.getY(i));
        g.writeEndArray();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }
}
