package org.gridgov.geo.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.gridgov.geo.layers.LayerFinding.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Natural Earth's countries as the base, a 5-degree graticule over East Asia as a departmental
 * layer: real, dirty geometry on the WGS84 ellipsoid.
 */
class WorldLayersTest {
    private static final Envelope WINDOW = new Envelope(70, 140, 15, 55);
    private static final Envelope REGION = new Envelope(40, 150, -12, 60);
    private static GeoJsonFeatures countries;
    private static Crosswalk crosswalk;

    @BeforeAll
    static void read() {
        GeoJsonFeatures world = GeoJsonReader.of(
                        GeoJsonReader.Options.defaults().withIdProperty("code"))
                .readFile(Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson"));
        // a regional base: the countries of South, East and Central Asia (Russia, which spans the
        // globe, and its 5-second GeometryFixer repair are left out to keep the test fast)
        countries = new GeoJsonFeatures(
                world.source(),
                world.features().stream()
                        .filter(f -> REGION.covers(f.geometry().getEnvelopeInternal()))
                        .toList(),
                List.of());
        GeoJsonFeatures graticule = Squares.layer("G", 14, 5, 70, 15); // 14 x 14 cells, cut to the window below
        List<GeoJsonFeature> inWindow = graticule.features().stream()
                .filter(f -> WINDOW.covers(f.geometry().getEnvelopeInternal()))
                .toList();
        crosswalk = LayerMerge.defaults()
                .crosswalk(countries, Map.of("graticule", new GeoJsonFeatures("graticule", inWindow, List.of())));
    }

    @Test
    void everyValidCountryInsideTheGraticuleIsSharedOutWhole() {
        Set<String> repaired = crosswalk.findings().stream()
                .filter(f -> f.kind() == Kind.REPAIRED_GEOMETRY || f.kind() == Kind.INPUT_PROBLEM)
                .map(LayerFinding::id)
                .collect(Collectors.toSet());
        Map<String, Double> shares = new HashMap<>();
        crosswalk.rows().forEach(r -> shares.merge(r.baseId(), r.shareOfBase(), Double::sum));
        List<String> inside = countries.features().stream()
                .filter(f -> WINDOW.covers(f.geometry().getEnvelopeInternal()) && !repaired.contains(f.id()))
                .map(GeoJsonFeature::id)
                .distinct()
                .toList();

        assertThat(inside).contains("156", "496", "410", "158").hasSizeGreaterThanOrEqualTo(10);
        for (String code : inside) {
            // areas take edges as great circles, and a parallel is not one: the pieces cut along a
            // parallel add up to the whole within a few parts in a million, not exactly
            assertThat(shares.get(code)).as(code).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void eachCellIsItsCountriesPlusTheSeaAndTheSeaIsOutsideTheBase() {
        Map<String, Double> inBase = new HashMap<>();
        crosswalk.rows().forEach(r -> inBase.merge(r.layerId(), r.shareOfLayer(), Double::sum));
        Map<String, Double> outside = crosswalk.findings().stream()
                .filter(f -> f.kind() == Kind.OUTSIDE_BASE)
                .collect(Collectors.toMap(LayerFinding::id, LayerFinding::areaM2));

        // a cell of open Pacific (135-140E, 15-20N) touches no country at all
        assertThat(crosswalk.rowsOf("graticule", "G130")).isEmpty();
        assertThat(outside).containsKey("G130");
        // the cell 115-120E, 40-45N (Beijing's) lies mostly in China
        assertThat(crosswalk.rowsOf("graticule", "G95"))
                .extracting(CrosswalkRow::baseId)
                .contains("156");
        // China and Mongolia's border runs through 105-110E, 40-45N
        assertThat(crosswalk.findings())
                .filteredOn(f -> f.kind() == Kind.STRADDLES_BASE && f.id().equals("G75"))
                .singleElement()
                .satisfies(f -> assertThat(f.baseIds()).containsExactlyInAnyOrder("156", "496"));
        // Natural Earth's neighbours overlap a little, so a cell's shares may add up to a bit over 1
        assertThat(inBase.values()).allSatisfy(share -> assertThat(share).isLessThan(1.01));
    }
}
