package org.gridgov.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Dirty files in, features and problems out; never a crash. */
class GeoJsonReaderTest {
    private static final String SQUARE = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";

    static GeoJsonFeatures read(String json) {
        return read(json, GeoJsonReader.Options.defaults());
    }

    static GeoJsonFeatures read(String json, GeoJsonReader.Options options) {
        return GeoJsonReader.of(options)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "grids.geojson");
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String id, String geometry) {
        return "{\"type\":\"Feature\",\"id\":" + id + ",\"properties\":{\"code\":\"C" + id.replace("\"", "")
                + "\",\"households\":250},\"geometry\":" + geometry + "}";
    }

    static String polygon(String coordinates) {
        return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
    }

    @Test
    void readsPolygonsAndMultiPolygonsWithIdsAndProperties() {
        GeoJsonFeatures read = read(collection(
                feature("\"a\"", polygon(SQUARE)),
                feature("7", "{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}")));

        assertThat(read.problems()).isEmpty();
        assertThat(read.features()).extracting(GeoJsonFeature::id).containsExactly("a", "7");
        assertThat((Object) read.features().get(0).geometry()).isInstanceOf(Polygon.class);
        assertThat(read.features().get(0).geometry().getArea()).isEqualTo(1.0);
        assertThat((Object) read.features().get(1).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(read.features().get(0).properties())
                .containsEntry("code", "Ca")
                .containsEntry("households", 250L);
    }

    @Test
    void idCanComeFromAProperty() {
        GeoJsonFeatures read = read(
                collection(feature("\"a\"", polygon(SQUARE))),
                GeoJsonReader.Options.defaults().withIdProperty("code"));

        assertThat(read.features()).extracting(GeoJsonFeature::id).containsExactly("Ca");
    }

    @Test
    void missingIdGetsTheFeaturePathAndAProblem() {
        GeoJsonFeatures read = read(collection(feature("null", polygon(SQUARE))));

        assertThat(read.features()).extracting(GeoJsonFeature::id).containsExactly("features[0]");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(GeoJsonProblem.Kind.MISSING_ID);
            assertThat(p.path()).isEqualTo("features[0].id");
        });
    }

    @Test
    void unclosedRingIsClosedAndReported() {
        GeoJsonFeatures read = read(collection(feature("\"a\"", polygon("[[[0,0],[1,0],[1,1],[0,1]]]"))));

        assertThat(read.features().get(0).geometry().getArea()).isEqualTo(1.0);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(GeoJsonProblem.Kind.UNCLOSED_RING);
            assertThat(p.path()).isEqualTo("features[0].geometry.coordinates[0]");
            assertThat(p.featureId()).isEqualTo("a");
            assertThat(p.featureIndex()).isZero();
        });
    }

    @Test
    void ringWithTooFewPointsIsDroppedAndTheFeatureKeptEmpty() {
        GeoJsonFeatures read = read(collection(feature("\"a\"", polygon("[[[0,0],[1,0],[0,0]]]"))));

        assertThat(read.features().get(0).geometry().isEmpty()).isTrue();
        assertThat(read.problems())
                .extracting(GeoJsonProblem::kind)
                .containsExactly(GeoJsonProblem.Kind.TOO_FEW_POINTS);
    }

    @Test
    void holeWithTooFewPointsIsDroppedButTheShellKept() {
        GeoJsonFeatures read = read(
                collection(feature("\"a\"", polygon("[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[1,1],[2,1],[1,1]]]"))));

        assertThat(read.features().get(0).geometry().getArea()).isEqualTo(100.0);
        assertThat(read.problems())
                .extracting(GeoJsonProblem::path)
                .containsExactly("features[0].geometry.coordinates[1]");
    }

    @Test
    void nanInfiniteAndNonNumericCoordinatesAreProblemsNamingThePosition() {
        GeoJsonFeatures read = read(collection(
                feature("\"inf\"", polygon("[[[0,0],[1,0],[1,1e999],[0,1],[0,0]]]")),
                feature("\"text\"", polygon("[[[0,0],[1,\"x\"],[1,1],[0,1],[0,0]]]")),
                feature("\"short\"", polygon("[[[0,0],[1],[1,1],[0,1],[0,0]]]"))));

        assertThat(read.features()).hasSize(3).allMatch(f -> f.geometry().isEmpty());
        assertThat(read.problems())
                .filteredOn(p -> p.kind() == GeoJsonProblem.Kind.INVALID_COORDINATE)
                .extracting(GeoJsonProblem::path)
                .containsExactly(
                        "features[0].geometry.coordinates[0][2]",
                        "features[1].geometry.coordinates[0][1]",
                        "features[2].geometry.coordinates[0][1]");
    }

    @Test
    void nanIsNotJsonSoTheFileIsRefusedNamingThePosition() {
        assertThatThrownBy(() -> read(collection(feature("\"nan\"", polygon("[[[0,0],[NaN,0],[1,1],[0,1],[0,0]]]")))))
                .isInstanceOfSatisfying(GeoJsonException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$.features[0].geometry.coordinates[0][1][0]");
                    assertThat(e.rule()).isEqualTo("well-formed JSON");
                });
    }

    @Test
    void aKeyTwiceInAFeatureIsAnErrorNotLastWins() {
        assertThatThrownBy(() -> read(collection(
                        "{\"type\":\"Feature\",\"id\":\"a\",\"id\":\"b\",\"geometry\":" + polygon(SQUARE) + "}")))
                .isInstanceOfSatisfying(GeoJsonException.class, e -> {
                    assertThat(e.path()).isEqualTo("grids.geojson: $.features[0].id");
                    assertThat(e.rule()).isEqualTo("each key at most once in an object");
                });
    }

    @Test
    void wrongNestingIsAProblem() {
        GeoJsonFeatures read = read(collection(
                feature("\"flat\"", polygon("[[0,0],[1,0],[1,1],[0,1],[0,0]]")),
                feature("\"deep\"", "{\"type\":\"MultiPolygon\",\"coordinates\":" + SQUARE + "}"),
                feature("\"scalar\"", polygon("5"))));

        assertThat(read.problems()).extracting(GeoJsonProblem::kind).containsOnly(GeoJsonProblem.Kind.WRONG_NESTING);
        assertThat(read.problems()).extracting(GeoJsonProblem::featureId).containsExactly("flat", "deep", "scalar");
    }

    @Test
    void nullEmptyAndUnsupportedGeometriesAreProblems() {
        GeoJsonFeatures read = read(collection(
                feature("\"null\"", "null"),
                feature("\"empty\"", polygon("[]")),
                feature("\"point\"", "{\"type\":\"Point\",\"coordinates\":[1,2]}"),
                "[1,2]",
                "{\"type\":\"Thing\"}"));

        assertThat(read.problems())
                .extracting(GeoJsonProblem::kind)
                .containsExactly(
                        GeoJsonProblem.Kind.EMPTY_GEOMETRY,
                        GeoJsonProblem.Kind.EMPTY_GEOMETRY,
                        GeoJsonProblem.Kind.UNSUPPORTED_GEOMETRY,
                        GeoJsonProblem.Kind.NOT_A_FEATURE,
                        GeoJsonProblem.Kind.NOT_A_FEATURE);
        assertThat(read.features()).hasSize(3);
    }

    @Test
    void fileThatIsNotAFeatureCollectionIsATypedErrorNamingTheFile() {
        assertThatThrownBy(() -> read("{\"type\":\"Feature\"}"))
                .isInstanceOf(GeoJsonException.class)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).path()).isEqualTo("grids.geojson: $.type"));
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":{}}"))
                .isInstanceOf(GeoJsonException.class)
                .hasMessage("grids.geojson: $.features: must be an array (an empty object)");
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":["))
                .isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("grids.geojson: $.features[0]: complete JSON (the text ends at line 1");
        assertThatThrownBy(() -> read("")).isInstanceOf(GeoJsonException.class);
    }

    @Test
    void theWorldFileReadsCompletely() {
        Path file = Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson");

        GeoJsonFeatures world = GeoJsonReader.of(
                        GeoJsonReader.Options.defaults().withIdProperty("code"))
                .readFile(file);

        assertThat(world.features()).hasSize(241);
        assertThat(world.features()).extracting(GeoJsonFeature::id).contains("156", "716");
        assertThat(world.features())
                .filteredOn(f -> f.id().equals("156"))
                .singleElement()
                .satisfies(china -> assertThat(china.properties()).containsEntry("name", "China"));
        assertThat(world.source()).isEqualTo("world-countries-50m.geojson");
    }

    @Test
    void writtenFeaturesReadBackTheSame() {
        GeoJsonFeatures original = read(collection(
                feature("\"a\"", polygon("[[[0,0],[0,10],[10,10],[10,0],[0,0]],[[2,2],[4,2],[4,4],[2,4],[2,2]]]")),
                feature("\"b\"", "{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        GeoJsonWriter.write(original.features(), out);
        GeoJsonFeatures again = read(out.toString(StandardCharsets.UTF_8));

        assertThat(again.problems()).isEmpty();
        for (int i = 0; i < 2; i++) {
            assertThat(again.features()
                            .get(i)
                            .geometry()
                            .equalsTopo(original.features().get(i).geometry()))
                    .isTrue();
            assertThat(again.features().get(i).properties())
                    .isEqualTo(original.features().get(i).properties());
        }
        Polygon shell = (Polygon) again.features().get(0).geometry();
        assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(
                        shell.getExteriorRing().getCoordinateSequence()))
                .isTrue();
        assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(
                        shell.getInteriorRingN(0).getCoordinateSequence()))
                .isFalse();
        assertThat(List.of(again.features().get(0).id(), again.features().get(1).id()))
                .containsExactly("a", "b");
    }
}
