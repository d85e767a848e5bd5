package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.PlaceKind;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.geo.boundary.BoundaryFiles;
import org.gridgov.geo.boundary.BoundedPlan;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.junit.jupiter.api.Test;

/** A community of two grids, read from GeoJSON, checked as a whole plan with its places. */
class PlanCoverageTest {
    private static final AreaCode COMMUNITY = AreaCode.parse("321102001001");
    private static final AreaCode WEST = AreaCode.parse("321102001001001");
    private static final AreaCode EAST = AreaCode.parse("321102001001002");

    private final GridPlan plan = GridPlan.of(
            1,
            List.of(Area.of(COMMUNITY, "贺家弄社区居委会"), Area.of(WEST, "西"), Area.of(EAST, "东")),
            List.of(building("B-1", WEST, 50, 50), building("B-2", EAST, 150, 50), building("B-3", WEST, 150, 60)));

    private static Place building(String id, AreaCode grid, double x, double y) {
        return Place.builder()
                .id(id)
                .kind(PlaceKind.BUILDING)
                .name(id)
                .grid(grid)
                .location(new Position(x, y))
                .build();
    }

    private static GeoJsonFeatures geoJson(String source, String... features) {
        String text = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
        return GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"))
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    }

    private static String square(String code, int x0, int x1) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code
                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x0 + ",0],[" + x1 + ",0],[" + x1
                + ",100],[" + x0 + ",100],[" + x0 + ",0]]]}}";
    }

    @Test
    void aGapBetweenGridsAndAMisassignedBuildingAreFoundInOneCall() {
        BoundedPlan bounded = BoundaryFiles.attach(
                plan,
                geoJson("grids.geojson", square("321102001001001", 0, 98), square("321102001001002", 100, 200)),
                geoJson("areas.geojson", square("321102001001", 0, 200)));

        CoverageReport report = PlanCoverage.check(bounded, CoverageOptions.defaults());

        assertThat(report.findings(CoverageFinding.Kind.GAP))
                .singleElement()
                .satisfies(f -> assertThat(f.areaM2()).isEqualTo(200.0));
        assertThat(report.findings(CoverageFinding.Kind.MISASSIGNED_PLACE))
                .singleElement()
                .satisfies(f -> assertThat(f.ids()).contains("B-3"));
        assertThat(report.findings()).hasSize(2);
    }

    @Test
    void repairsMakeANewRevisionThatChecksClean() {
        BoundedPlan bounded = BoundaryFiles.attach(
                plan,
                geoJson("grids.geojson", square("321102001001001", 0, 110), square("321102001001002", 100, 180)),
                geoJson("areas.geojson", square("321102001001", 0, 200)));
        CoverageReport before = PlanCoverage.check(bounded, CoverageOptions.defaults());
        assertThat(before.findings(CoverageFinding.Kind.OVERLAP)).hasSize(1);
        assertThat(before.findings(CoverageFinding.Kind.GAP)).hasSize(1);

        BoundedPlan repaired = PlanCoverage.repair(bounded, COMMUNITY, CoverageOptions.defaults());

        assertThat(repaired.plan().revision()).isEqualTo(2);
        CoverageReport after = PlanCoverage.check(repaired, CoverageOptions.defaults());
        assertThat(after.findings())
                .extracting(CoverageFinding::kind)
                .containsOnly(CoverageFinding.Kind.MISASSIGNED_PLACE);
        assertThat(repaired.boundary(WEST).orElseThrow().getArea()
                        + repaired.boundary(EAST).orElseThrow().getArea())
                .isEqualTo(20_000.0);
        assertThat(bounded.boundary(EAST).orElseThrow().getArea()).isEqualTo(8_000.0);
    }

    @Test
    void aBoundaryOfAnAreaThePlanDoesNotHaveIsRejectedNamingTheFeature() {
        assertThatThrownBy(
                        () -> BoundaryFiles.attach(plan, geoJson("grids.geojson", square("321102001001009", 0, 100))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("grids.geojson:features[0].id");
                    assertThat(e.value()).isEqualTo("'321102001001009'");
                });
        assertThatThrownBy(() -> BoundaryFiles.attach(
                        plan,
                        geoJson("a.geojson", square("321102001001001", 0, 100)),
                        geoJson("b.geojson", square("321102001001001", 0, 100))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("drawn once (already at a.geojson:features[0])");
    }
}
