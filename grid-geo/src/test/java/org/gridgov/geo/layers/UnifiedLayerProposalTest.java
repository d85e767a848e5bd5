package org.gridgov.geo.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.geo.layers.Squares.box;
import static org.gridgov.geo.layers.Squares.feature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.junit.jupiter.api.Test;

class UnifiedLayerProposalTest {
    private static final MergeOptions METRES = MergeOptions.defaults().withUnits(Units.METRES);

    @Test
    void twoLayersDrawnAMetreApartGiveFourGridsAndNoSlivers() {
        // the party's quadrants meet at (200, 200); the emergency grid's at (201, 199)
        GeoJsonFeatures party = Squares.layer("P", 2, 200, 0, 0);
        GeoJsonFeatures emergency = Squares.of(
                "emergency",
                feature(0, "SW", box(0, 0, 201, 199)),
                feature(1, "SE", box(201, 0, 400, 199)),
                feature(2, "NW", box(0, 199, 201, 400)),
                feature(3, "NE", box(201, 199, 400, 400)));
        Map<String, GeoJsonFeatures> layers = new LinkedHashMap<>();
        layers.put("party", party);
        layers.put("emergency", emergency);

        UnifiedLayerProposal.Result result =
                UnifiedLayerProposal.of(METRES, 500).propose(layers);

        assertThat(result.findings()).isEmpty();
        assertThat(result.grids())
                .extracting(GeoJsonFeature::id)
                .containsExactlyInAnyOrder(
                        "party:P00+emergency:SW",
                        "party:P10+emergency:SE",
                        "party:P01+emergency:NW",
                        "party:P11+emergency:NE");
        assertThat(result.grids().stream()
                        .mapToDouble(f -> f.geometry().getArea())
                        .sum())
                .isCloseTo(160_000, within(1e-6));
        assertThat(check(result.grids(), Units.METRES).findings()).isEmpty();
    }

    @Test
    void withoutASliverSizeTheProposalIsTheFullCommonRefinement() {
        Map<String, GeoJsonFeatures> layers = new LinkedHashMap<>();
        layers.put("a", Squares.layer("A", 3, 100, 0, 0));
        layers.put("b", Squares.layer("B", 3, 100, 30, 20));

        UnifiedLayerProposal.Result result = UnifiedLayerProposal.of(METRES, 0).propose(layers);

        // where both lie: 5 x 5 pieces cut by the other's borders; where only one lies: an L-shaped
        // strip along two sides, cut into 5 by the borders that cross it
        assertThat(result.grids()).filteredOn(f -> f.id().contains("+")).hasSize(25);
        assertThat(result.grids())
                .extracting(GeoJsonFeature::id)
                .filteredOn(id -> !id.contains("+"))
                .containsExactlyInAnyOrder(
                        "a:A00", "a:A01", "a:A02", "a:A10", "a:A20", "b:B02", "b:B12", "b:B22", "b:B20", "b:B21");
        assertThat(result.grids().stream()
                        .mapToDouble(f -> f.geometry().getArea())
                        .sum())
                .isCloseTo(2 * 90_000 - 270 * 280, within(1e-6));
        assertThat(check(result.grids(), Units.METRES).findings()).isEmpty();
    }

    @Test
    void theShiftedLayersWithSliversMergedStillCheckClean() {
        Map<String, GeoJsonFeatures> layers = new LinkedHashMap<>();
        layers.put("a", Squares.layer("A", 3, 100, 0, 0));
        layers.put("b", Squares.layer("B", 3, 100, 2, 1));

        UnifiedLayerProposal.Result result =
                UnifiedLayerProposal.of(METRES, 1000).propose(layers);

        assertThat(result.grids()).hasSize(9);
        assertThat(result.grids())
                .allSatisfy(f -> assertThat(f.geometry().getArea()).isGreaterThan(1000));
        assertThat(check(result.grids(), Units.METRES).findings()).isEmpty();
    }

    private static CoverageReport check(List<GeoJsonFeature> grids, Units units) {
        List<GeoJsonFeature> indexed = new java.util.ArrayList<>();
        for (GeoJsonFeature f : grids) {
            indexed.add(new GeoJsonFeature(indexed.size(), f.id(), f.geometry(), f.properties()));
        }
        return CoverageCheck.of(CoverageOptions.defaults().withUnits(units))
                .check(new GeoJsonFeatures("proposal", indexed, List.of()));
    }
}
