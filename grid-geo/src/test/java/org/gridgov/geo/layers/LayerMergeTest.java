package org.gridgov.geo.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.geo.layers.Squares.box;
import static org.gridgov.geo.layers.Squares.feature;

import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.layers.LayerFinding.Kind;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A 4 x 4 unified base of 100 m grids, and departmental layers whose crosswalk is known. */
class LayerMergeTest {
    private static final GeoJsonFeatures BASE = Squares.layer("B", 4, 100, 0, 0);
    private static final LayerMerge MERGE =
            LayerMerge.of(MergeOptions.defaults().withUnits(Units.METRES));

    @Test
    void aLayerThatRefinesTheBaseMapsEachFeatureWhollyIntoOneGrid() {
        Crosswalk cw = MERGE.crosswalk(BASE, Map.of("party", Squares.layer("P", 8, 50, 0, 0)));

        assertThat(cw.rows()).hasSize(64);
        assertThat(cw.findings()).isEmpty();
        assertThat(cw.rowsOf("party", "P23")).containsExactly(new CrosswalkRow("party", "P23", "B11", 2500, 1, 0.25));
        assertThat(cw.rows()).allSatisfy(r -> {
            assertThat(r.shareOfLayer()).isEqualTo(1);
            assertThat(r.shareOfBase()).isEqualTo(0.25);
        });
    }

    @Test
    void theBaseShiftedBy30MetresSplitsEveryFeature70To30() {
        Crosswalk cw = MERGE.crosswalk(BASE, Map.of("emergency", Squares.layer("E", 4, 100, 30, 0)));

        assertThat(cw.rowsOf("emergency", "E11"))
                .satisfiesExactly(
                        r -> {
                            assertThat(r.baseId()).isEqualTo("B11");
                            assertThat(r.areaM2()).isCloseTo(7000, within(1e-6));
                            assertThat(r.shareOfLayer()).isCloseTo(0.7, within(1e-9));
                        },
                        r -> {
                            assertThat(r.baseId()).isEqualTo("B21");
                            assertThat(r.areaM2()).isCloseTo(3000, within(1e-6));
                            assertThat(r.shareOfBase()).isCloseTo(0.3, within(1e-9));
                        });
        // the last column hangs 30 m over the base's eastern edge
        assertThat(cw.findings())
                .filteredOn(f -> f.kind() == Kind.OUTSIDE_BASE)
                .extracting(LayerFinding::id)
                .containsExactly("E30", "E31", "E32", "E33");
        assertThat(cw.findings())
                .filteredOn(f -> f.kind() == Kind.OUTSIDE_BASE)
                .allSatisfy(f -> assertThat(f.areaM2()).isCloseTo(3000, within(1e-6)));
        assertThat(cw.findings())
                .filteredOn(f -> f.kind() == Kind.STRADDLES_BASE)
                .hasSize(12)
                .first()
                .satisfies(f -> {
                    assertThat(f.id()).isEqualTo("E00");
                    assertThat(f.baseIds()).containsExactly("B00", "B10");
                    assertThat(f.areaM2()).isCloseTo(3000, within(1e-6));
                });
        assertThat(cw.findings()).noneMatch(f -> f.kind() == Kind.BASE_NOT_COVERED);
    }

    @Test
    void aFeatureOnABaseCornerStraddlesFourGridsAndLeavesTheRestUncovered() {
        GeoJsonFeatures env = Squares.of("env", feature(0, "ENV1", box(50, 50, 150, 150)));

        Crosswalk cw = MERGE.crosswalk(BASE, Map.of("environment", env));

        assertThat(cw.rows()).extracting(CrosswalkRow::baseId).containsExactly("B00", "B01", "B10", "B11");
        assertThat(cw.rows()).allSatisfy(r -> assertThat(r.shareOfLayer()).isCloseTo(0.25, within(1e-12)));
        assertThat(cw.findings())
                .filteredOn(f -> f.kind() == Kind.STRADDLES_BASE)
                .singleElement()
                .satisfies(f -> assertThat(f.areaM2()).isCloseTo(7500, within(1e-6)));
        assertThat(cw.findings())
                .filteredOn(f -> f.kind() == Kind.BASE_NOT_COVERED)
                .hasSize(12)
                .noneMatch(f -> List.of("B00", "B01", "B10", "B11").contains(f.id()));
    }

    @Test
    void straddlesWithinTheToleranceAreNotFindings() {
        GeoJsonFeatures layer = Squares.of("g", feature(0, "G1", box(0, 0, 100.5, 100)));
        Crosswalk cw = MERGE.crosswalk(BASE, Map.of("governance", layer));
        assertThat(cw.rows()).hasSize(2);
        assertThat(cw.findings()).noneMatch(f -> f.kind() == Kind.STRADDLES_BASE);
    }

    @Test
    void anInvalidFeatureIsRepairedForTheOverlayAndReportedNotDropped() throws ParseException {
        // a bow tie: two triangles meeting at (50, 50)
        var bowTie = new WKTReader().read("POLYGON ((0 0, 100 100, 100 0, 0 100, 0 0))");
        Crosswalk cw = MERGE.crosswalk(BASE, Map.of("party", Squares.of("p", feature(0, "BT", bowTie))));

        assertThat(cw.findings())
                .filteredOn(f -> f.kind() == Kind.REPAIRED_GEOMETRY)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.id()).isEqualTo("BT");
                    assertThat(f.detail()).contains("Self-intersection");
                });
        assertThat(cw.rowsOf("party", "BT")).singleElement().satisfies(r -> {
            assertThat(r.baseId()).isEqualTo("B00");
            assertThat(r.areaM2()).isCloseTo(5000, within(1e-6));
        });
    }

    @Test
    void recordsAreRehomedToTheBaseGridTheirPointLiesIn() {
        Crosswalk cw = MERGE.crosswalk(BASE, Map.of("emergency", Squares.layer("E", 4, 100, 30, 0)));

        List<RehomedRecord> rehomed = cw.rehome(List.of(
                new LayerRecord("case-1", "emergency", "E11", 140, 150),
                new LayerRecord("case-2", "emergency", "E11", 210, 150),
                new LayerRecord("case-3", "emergency", "E00", 350, 350),
                new LayerRecord("case-4", "emergency", "E33", 420, 350)));

        assertThat(rehomed).extracting(r -> r.baseId().orElse("-")).containsExactly("B11", "B21", "B33", "-");
        assertThat(rehomed).extracting(RehomedRecord::consistent).containsExactly(true, true, false, false);
    }

    @Test
    void aLayerCalledBaseIsRefused() {
        assertThatThrownBy(() -> MERGE.crosswalk(BASE, Map.of("base", BASE)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("layer");
    }
}
