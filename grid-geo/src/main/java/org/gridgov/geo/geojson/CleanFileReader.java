package org.gridgov.geo.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

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
 *
 * <p>What it makes per feature is kept small, since a file of 100,000 grids is read in well under
 * a second and garbage is most of the cost: each ring is one packed array of x, y pairs (a
 * {@link PackedCoordinateSequence.Double}, no {@code Coordinate} per position), a single property
 * is a singleton map, the type words are compared in Jackson's buffer, and duplicate keys are
 * found by the members read by name instead of by Jackson's hash set per object.
 */
final class CleanFileReader {
    /** Without Jackson's duplicate detection: the reader checks the keys itself (see {@link #skip}). */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Thrown inside the fast path when the file needs the tree reader; never escapes. */
    private static final class NotClean extends Exception {
        private static final long serialVersionUID = 1L;

        NotClean() {
            super(null, null, false, false);
        }
    }

    private static final NotClean NOT_CLEAN = new NotClean();
    /** Shared by every polygon without holes (JTS would make an empty array for each). */
    private static final LinearRing[] NO_HOLES = new LinearRing[0];

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final GeometryFactory factory;
    private final Optional<String> idProperty;
    /** The positions of the ring being read, x and y interleaved; reused ring after ring. */
    private double[] xy = new double[512];

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
        if (isAscii(bytes)) {
            return true;
        }
        // decoded through a small buffer: a file of Chinese names is not turned into a char array
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        return !decoder.flush(out).isError();
    }

    /** Whether every byte is below 0x80, tested eight bytes at a time. */
    static boolean isAscii(byte[] bytes) {
        int i = 0;
        long any = 0;
        for (int end = bytes.length - 7; i < end; i += 8) {
            any |= (long) LONGS.get(bytes, i);
        }
        for (; i < bytes.length; i++) {
            any |= bytes[i];
        }
        return (any & 0x8080_8080_8080_8080L) == 0;
    }

    private List<GeoJsonFeature> root(JsonParser p) throws IOException, NotClean {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        boolean typed = false;
        List<GeoJsonFeature> features = null;
        Names others = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("type")) {
                expect(!typed && isText(p, value, "FeatureCollection"));
                typed = true;
            } else if (name.equals("features")) {
                expect(features == null && value == JsonToken.START_ARRAY);
                features = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    features.add(feature(p, features.size()));
                }
            } else {
                others = Names.add(others, name);
                skip(p);
            }
        }
        expect(typed && features != null);
        return features;
    }

    private GeoJsonFeature feature(JsonParser p, int index) throws IOException, NotClean {
        expect(p.currentToken() == JsonToken.START_OBJECT);
        boolean typed = false;
        boolean idSeen = false;
        boolean propertiesSeen = false;
        String ownId = null;
        Object idValue = null;
        Map<String, Object> properties = null;
        Geometry geometry = null;
        Names others = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type":
                    expect(!typed && isText(p, value, "Feature"));
                    typed = true;
                    break;
                case "id":
                    expect(!idSeen);
                    idSeen = true;
                    if (idProperty.isEmpty()) {
                        ownId = id(p, value);
                    } else {
                        skip(p);
                    }
                    break;
                case "properties":
                    expect(!propertiesSeen);
                    propertiesSeen = true;
                    properties = properties(p, value);
                    break;
                case "geometry":
                    expect(geometry == null);
                    geometry = geometry(p, value);
                    break;
                default:
                    others = Names.add(others, name);
                    skip(p);
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
        return new GeoJsonFeature(index, id, geometry, properties == null ? Map.of() : properties);
    }

    /** Whether the value just read is the string {@code expected}, compared without making a String. */
    private static boolean isText(JsonParser p, JsonToken value, String expected) throws IOException {
        if (value != JsonToken.VALUE_STRING || p.getTextLength() != expected.length()) {
            return false;
        }
        char[] text = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < expected.length(); i++) {
            if (text[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
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

    /**
     * The scalar properties in file order; the common single property (the id) as a singleton
     * map, so that a feature costs no hash map.
     */
    private Map<String, Object> properties(JsonParser p, JsonToken value) throws IOException, NotClean {
        if (value != JsonToken.START_OBJECT) {
            skip(p);
            return Map.of();
        }
        String firstName = null;
        Object firstValue = null;
        Map<String, Object> out = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Object v = scalar(p, p.nextToken());
            if (firstName == null) {
                firstName = name;
                firstValue = v;
            } else {
                if (out == null) {
                    out = new LinkedHashMap<>();
                    out.put(firstName, firstValue);
                }
                expect(!out.containsKey(name)); // a duplicate key: the tree reader refuses the file
                out.put(name, v);
            }
        }
        if (out != null) {
            return out;
        }
        return firstName == null ? Map.of() : Collections.singletonMap(firstName, firstValue);
    }

    private static Object scalar(JsonParser p, JsonToken token) throws IOException, NotClean {
        switch (token) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                expect(p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return finite(p.getDoubleValue());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw NOT_CLEAN; // objects and arrays are written back as JSON text by the tree reader
        }
    }

    private Geometry geometry(JsonParser p, JsonToken value) throws IOException, NotClean {
        expect(value == JsonToken.START_OBJECT);
        Boolean type = null; // TRUE for a Polygon, FALSE for a MultiPolygon, null before the type member
        Geometry geometry = null;
        Names others = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if (name.equals("type")) {
                expect(type == null);
                if (isText(p, token, "Polygon")) {
                    type = Boolean.TRUE;
                } else {
                    expect(isText(p, token, "MultiPolygon"));
                    type = Boolean.FALSE;
                }
            } else if (name.equals("coordinates")) {
                expect(type != null && geometry == null && token == JsonToken.START_ARRAY);
                geometry = type ? polygon(p) : multiPolygon(p);
            } else {
                others = Names.add(others, name);
                skip(p);
            }
        }
        expect(geometry != null);
        return geometry;
    }

    /**
     * Skips the value just read, as Jackson's {@code skipChildren} does, but refuses a duplicate
     * key at any depth: the fast path leaves Jackson's duplicate detection off (it costs a hash
     * set per feature) and checks the members it reads itself.
     */
    private static void skip(JsonParser p) throws IOException, NotClean {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Names names = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                names = Names.add(names, p.currentName());
                p.nextToken();
                skip(p);
            }
        } else if (token == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skip(p);
            }
        }
    }

    /** The member names seen in one object beyond those read by name; rare, so made on demand. */
    private static final class Names {
        private final Set<String> seen = new HashSet<>();

        static Names add(Names names, String name) throws NotClean {
            Names out = names == null ? new Names() : names;
            expect(out.seen.add(name));
            return out;
        }
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
        expect(p.nextToken() == JsonToken.START_ARRAY);
        LinearRing shell = ring(p);
        if (p.nextToken() != JsonToken.START_ARRAY) {
            expect(p.currentToken() == JsonToken.END_ARRAY);
            return factory.createPolygon(shell, NO_HOLES);
        }
        List<LinearRing> holes = new ArrayList<>();
        do {
            holes.add(ring(p));
        } while (p.nextToken() == JsonToken.START_ARRAY);
        expect(p.currentToken() == JsonToken.END_ARRAY);
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    /**
     * A closed ring of at least four positions, whose opening bracket was just read, as one packed
     * array of x, y pairs: no {@code Coordinate} object per position.
     */
    private LinearRing ring(JsonParser p) throws IOException, NotClean {
        double[] xy = this.xy;
        int n = 0;
        while (p.nextToken() == JsonToken.START_ARRAY) {
            if (2 * n == xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
                this.xy = xy;
            }
            xy[2 * n] = number(p, p.nextToken());
            xy[2 * n + 1] = number(p, p.nextToken());
            JsonToken more;
            while ((more = p.nextToken()) != JsonToken.END_ARRAY) {
                number(p, more); // a third (height) or further number, ignored as the tree reader does
            }
            n++;
        }
        expect(p.currentToken() == JsonToken.END_ARRAY && n >= 4 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1]);
        return factory.createLinearRing(new PackedCoordinateSequence.Double(java.util.Arrays.copyOf(xy, 2 * n), 2, 0));
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
