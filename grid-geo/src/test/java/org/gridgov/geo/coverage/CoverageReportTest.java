package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.geo.coverage.CoverageCheckTest.area;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.UnknownIdException;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.junit.jupiter.api.Test;

/** The report as JSON and GeoJSON, a whole hierarchy in one call, and files with problems in. */
class CoverageReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Boundary> district() {
        return List.of(
                area("D", "POLYGON ((0 0, 400 0, 400 100, 0 100, 0 0))"),
                area("S1", "POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))"),
                area("S2", "POLYGON ((200 0, 400 0, 400 100, 200 100, 200 0))"),
                area("G1", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"),
                area("G2", "POLYGON ((90 0, 200 0, 200 100, 90 100, 90 0))"),
                area("G3", "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))"),
                area("G4", "POLYGON ((300 0, 390 0, 390 100, 300 100, 300 0))"));
    }

    static Map<String, List<String>> tree() {
        Map<String, List<String>> tree = new LinkedHashMap<>();
        tree.put("D", List.of("S1", "S2"));
        tree.put("S1", List.of("G1", "G2"));
        tree.put("S2", List.of("G3", "G4"));
        return tree;
    }

    @Test
    void wholeHierarchyInOneCallScopesEachFindingToItsParent() {
        CoverageReport report = CoverageCheck.of(CoverageOptions.defaults())
                .check(district(), tree(), List.of(PlacePoint.of("school", "G3", 395, 50)));

        assertThat(report.findings())
                .extracting(CoverageFinding::kind, CoverageFinding::scope, CoverageFinding::ids)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.OVERLAP, "S1", List.of("G1", "G2")),
                        org.assertj.core.groups.Tuple.tuple(Kind.GAP, "S2", List.of("G4")),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNASSIGNED_PLACE, "", List.of("school", "G3")));
        assertThat(report.findings(Kind.GAP).get(0).areaM2()).isEqualTo(1000.0);
    }

    @Test
    void hierarchyNamingAnUnknownAreaIsMisuse() {
        assertThatThrownBy(() -> CoverageCheck.of(CoverageOptions.defaults())
                        .check(district(), Map.of("D", List.of("S1", "S9")), List.of()))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("S9");
    }

    @Test
    void jsonHasValidityCountsAndOneObjectPerFinding() throws Exception {
        CoverageReport report = CoverageCheck.of(CoverageOptions.defaults()).check(district(), tree(), List.of());

        JsonNode json = JSON.readTree(report.toJson());

        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("grids").asInt()).isEqualTo(7);
        assertThat(json.get("summary").get("OVERLAP").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("GAP").asInt()).isEqualTo(1);
        JsonNode overlap = json.get("findings").get(0);
        assertThat(overlap.get("kind").asText()).isEqualTo("OVERLAP");
        assertThat(overlap.get("ids")).hasSize(2);
        assertThat(overlap.get("areaM2").asDouble()).isEqualTo(1000.0);
        assertThat(overlap.get("location").get(0).asDouble()).isBetween(90.0, 100.0);
        assertThat(overlap.get("belowTolerance").asBoolean()).isFalse();
    }

    @Test
    void geoJsonExportHasOneFeaturePerFindingWithItsGeometry() {
        CoverageReport report = CoverageCheck.of(CoverageOptions.defaults()).check(district(), tree(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.writeGeoJson(out);
        GeoJsonFeatures back = GeoJsonReader.of(GeoJsonReader.Options.defaults())
                .read(new ByteArrayInputStream(out.toByteArray()), "findings.geojson");

        assertThat(back.problems()).isEmpty();
        assertThat(back.features()).hasSize(2);
        assertThat(back.features().get(0).properties())
                .containsEntry("kind", "OVERLAP")
                .containsEntry("areaM2", 1000.0);
        assertThat(back.features().get(0).geometry().getArea()).isEqualTo(1000.0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"ids\":[\"G1\",\"G2\"]");
    }

    @Test
    void cleanReportIsValidAndSaysSoInText() {
        CoverageReport report =
                CoverageCheck.defaults().check(List.of(area("A", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")));

        assertThat(report.valid()).isTrue();
        assertThat(report.toJson())
                .isEqualTo("{\"valid\":true,\"grids\":1,\"suppressed\":0,\"summary\":{},\"findings\":[]}");
        assertThat(report.toText()).startsWith("VALID: 1 grids, 0 findings");
    }

    @Test
    void fileProblemsBecomeFindingsNamingTheFeatureAndPath() {
        String file = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,1],[0,1]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}}]}";
        GeoJsonFeatures grids = GeoJsonReader.of(GeoJsonReader.Options.defaults())
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "grids.geojson");

        CoverageReport report = CoverageCheck.of(CoverageOptions.defaults()).check(grids);

        assertThat(report.findings())
                .extracting(CoverageFinding::kind, CoverageFinding::ids)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.INVALID_GEOMETRY, List.of("a")),
                        org.assertj.core.groups.Tuple.tuple(Kind.INVALID_INPUT, List.of("features[1]")));
        assertThat(report.findings().get(0).detail()).startsWith("grids.geojson.features[0].geometry.coordinates[0]");
        assertThat(report.findings().get(1).detail()).contains("features[1].id");
    }

    @Test
    void duplicateIdsInAFileAreADuplicateIdFindingNamingBothBoundaries() {
        String square = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";
        String other = "[[[1,0],[2,0],[2,1],[1,1],[1,0]]]";
        String file = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"g\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + square + "}},"
                + "{\"type\":\"Feature\",\"id\":\"g\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + other + "}}]}";
        GeoJsonFeatures grids = GeoJsonReader.of(GeoJsonReader.Options.defaults())
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "grids.geojson");

        CoverageReport report = CoverageCheck.of(CoverageOptions.defaults()).check(grids);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.DUPLICATE_ID);
            assertThat(f.ids()).containsExactly("g");
            assertThat(f.detail()).isEqualTo("boundaries [0, 1] share the id");
        });
    }

    @Test
    void redrawingAnUnknownGridIsMisuseAndChangesNothing() {
        IncrementalCoverageCheck check = CoverageCheck.of(CoverageOptions.defaults())
                .incremental(List.of(area("A", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")), List.of());
        CoverageReport before = check.report();

        assertThatThrownBy(() -> check.redraw("Z", CoverageCheckTest.geometry("POLYGON ((0 0, 2 0, 2 2, 0 0))")))
                .isInstanceOf(UnknownIdException.class);
        assertThat(check.report()).isEqualTo(before);
    }
}
