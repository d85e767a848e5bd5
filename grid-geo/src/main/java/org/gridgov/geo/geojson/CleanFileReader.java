package org.gridgov.geo.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The fast path of {@link GeoJsonReader}: one streaming pass from the bytes straight to JTS
 * coordinates, for the common file that is clean. It accepts only what the strict tree reader
 * accepts without a single problem, and gives exactly its features; at the first thing it does not
 * expect (a BOM, a byte that is not strict UTF-8, a duplicate key, trailing content, a
 * {@code NaN}, an unclosed or short ring, a missing id, an unsupported or null geometry, a
 * {@code type} after {@code coordinates}, a property that is an object or array, an integer
 * beyond 64 bits...) it gives up and returns empty, and the tree reader reads the file again and
 * reports what it finds. So the fast path changes speed, never answers. Not thread-safe: one
 * instance per read.
 */
final class CleanFileReader {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Thrown inside the fast path when the file needs the tree reader; never escapes. */
    private static final class NotClean extends Exception {
        private static final long serialVersionUID = 1L;

        NotClean() {
            super(null, null, false, false);
        }
    }

    private static final NotClean NOT_CLEAN = new NotClean();

    private final GeometryFactory factory;
    private final Optional<String> idProperty;
    private double[] xs = new double[256];
    private double[] ys = new double[256];

    CleanFileReader(GeometryFactory factory, Optional<String> idProperty) {
        this.factory = factory;
        this.idProperty = idProperty;
    }

    /** The features of a clean file, or empty when the tree reader must read it. */
    Optional<GeoJsonFeatures> read(byte[] bytes, String source) {
        if (!strictUtf8WithoutBom(bytes)) {
            return Optional.empty();
        }
        try (JsonParser p = JSON.createParser(bytes)) {
            List<GeoJsonFeature> features = root(p);
            if (p.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.of(new GeoJsonFeatures(source, features, List.of()));
        } catch (NotClean | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean strictUtf8WithoutBom(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] == 0 || (bytes[0] & 0xff) == 0xEF || (bytes.length > 1 && bytes[1] == 0)) {
            return false;
        }
        for (byte b : bytes) {
            if (b < 0) {
                try {
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes));
                    return true;
                } catch (CharacterCodingException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<GeoJsonFeature> root(JsonParser p) throws IOException, NotClean {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        boolean typed = false;
        List<GeoJsonFeature> features = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("type")) {
                expect(value == JsonToken.VALUE_STRING && p.getText().equals("FeatureCollection"));
                typed = true;
            } else if (name.equals("features")) {
                expect(value == JsonToken.START_ARRAY);
                features = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    features.add(feature(p, features.size()));
                }
            } else {
                p.skipChildren();
            }
        }
        expect(typed && features != null);
        return features;
    }

    private GeoJsonFeature feature(JsonParser p, int index) throws IOException, NotClean {
        expect(p.currentToken() == JsonToken.START_OBJECT);
        boolean typed = false;
        String ownId = null;
        Map<String, Object> properties = null;
        Geometry geometry = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type":
                    expect(value == JsonToken.VALUE_STRING && p.getText().equals("Feature"));
                    typed = true;
                    break;
                case "id":
                    if (idProperty.isEmpty()) {
                        ownId = id(p, value);
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "properties":
                    properties = properties(p, value);
                    break;
                case "geometry":
                    geometry = geometry(p, value);
                    break;
                default:
                    p.skipChildren();
            }
        }
        expect(typed && geometry != null);
        String id;
        if (idProperty.isPresent()) {
            expect(properties != null && properties.containsKey(idProperty.get()));
            Object v = properties.get(idProperty.get());
            expect(v instanceof String || v instanceof Long);
            id = v.toString();
            expect(!id.isBlank());
        } else {
            expect(ownId != null);
            id = ownId;
        }
        return new GeoJsonFeature(index, id, geometry, properties == null ? new LinkedHashMap<>() : properties);
    }

    private static String id(JsonParser p, JsonToken value) throws IOException, NotClean {
        String id;
        if (value == JsonToken.VALUE_STRING) {
            id = p.getText();
        } else {
            expect(value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
            id = String.valueOf(p.getLongValue());
        }
        expect(!id.isBlank());
        return id;
    }

    private static Map<String, Object> properties(JsonParser p, JsonToken value) throws IOException, NotClean {
        Map<String, Object> out = new LinkedHashMap<>();
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            switch (p.nextToken()) {
                case VALUE_STRING:
                    out.put(name, p.getText());
                    break;
                case VALUE_NUMBER_INT:
                    expect(p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
                    out.put(name, p.getLongValue());
                    break;
                case VALUE_NUMBER_FLOAT:
                    out.put(name, finite(p.getDoubleValue()));
                    break;
                case VALUE_TRUE:
                    out.put(name, true);
                    break;
                case VALUE_FALSE:
                    out.put(name, false);
                    break;
                case VALUE_NULL:
                    out.put(name, null);
                    break;
                default:
                    throw NOT_CLEAN; // objects and arrays are written back as JSON text by the tree reader
            }
        }
        return out;
    }

    private Geometry geometry(JsonParser p, JsonToken value) throws IOException, NotClean {
        expect(value == JsonToken.START_OBJECT);
        String type = null;
        Geometry geometry = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if (name.equals("type")) {
                expect(token == JsonToken.VALUE_STRING && type == null);
                type = p.getText();
                expect(type.equals("Polygon") || type.equals("MultiPolygon"));
            } else if (name.equals("coordinates")) {
                expect(type != null && token == JsonToken.START_ARRAY);
                geometry = type.equals("Polygon") ? polygon(p) : multiPolygon(p);
            } else {
                p.skipChildren();
            }
        }
        expect(geometry != null);
        return geometry;
    }

    private Geometry multiPolygon(JsonParser p) throws IOException, NotClean {
        List<Polygon> polygons = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            polygons.add(polygon(p));
        }
        expect(p.currentToken() == JsonToken.END_ARRAY && !polygons.isEmpty());
        return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /** A polygon whose opening bracket was just read. */
    private Polygon polygon(JsonParser p) throws IOException, NotClean {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            LinearRing ring = ring(p);
            if (shell == null) {
                shell = ring;
            } else {
                holes.add(ring);
            }
        }
        expect(p.currentToken() == JsonToken.END_ARRAY && shell != null);
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /** A closed ring of at least four positions, whose opening bracket was just read. */
    private LinearRing ring(JsonParser p) throws IOException, NotClean {
        int n = 0;
        while (p.nextToken() == JsonToken.START_ARRAY) {
            if (n == xs.length) {
                xs = java.util.Arrays.copyOf(xs, n * 2);
                ys = java.util.Arrays.copyOf(ys, n * 2);
            }
            xs[n] = number(p, p.nextToken());
            ys[n] = number(p, p.nextToken());
            JsonToken more;
            while ((more = p.nextToken()) != JsonToken.END_ARRAY) {
                number(p, more); // a third (height) or further number, ignored as the tree reader does
            }
            n++;
        }
        expect(p.currentToken() == JsonToken.END_ARRAY && n >= 4 && xs[0] == xs[n - 1] && ys[0] == ys[n - 1]);
        Coordinate[] ring = new Coordinate[n];
        for (int k = 0; k < n; k++) {
            ring[k] = new Coordinate(xs[k], ys[k]);
        }
        return factory.createLinearRing(ring);
    }

    private static double number(JsonParser p, JsonToken token) throws IOException, NotClean {
        expect(token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT);
        double v = decimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        return finite(Double.isNaN(v) ? p.getDoubleValue() : v);
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    /**
     * The value of a plain decimal such as {@code -123.456} (no exponent, at most 15 digits), or
     * NaN for any other text, which then goes to Jackson's general parser. Exact: the digits as a
     * whole number and the power of ten are both exact doubles, so their quotient is the correctly
     * rounded value, the same double {@link Double#parseDouble} gives (Clinger's fast path). It
     * spares a String and a general parse per coordinate, most of the reading time of a large file.
     */
    static double decimal(char[] text, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15) {
            return Double.NaN;
        }
        double v = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return negative ? -v : v;
    }

    private static double finite(double v) throws NotClean {
        expect(Double.isFinite(v));
        return v;
    }

    private static void expect(boolean condition) throws NotClean {
        if (!condition) {
            throw NOT_CLEAN;
        }
    }
}
