package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real, dirty world file (quantized TopoJSON arcs): the check finishes and reports
 * the invalid rings and the overlaps it holds, as {@code grid coverage check} must.
 */
class WorldCountriesCoverageTest {
    private static GeoJsonFeatures world;
    private static CoverageReport report;

    @BeforeAll
    static void check() {
        Path file = Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson");
        world = GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"))
                .readFile(file);
        report = CoverageCheck.of(CoverageOptions.defaults().withUnits(Units.LON_LAT))
                .check(world);
    }

    @Test
    void reportsInvalidRingsWithJtsReasons() {
        assertThat(report.valid()).isFalse();
        assertThat(report.grids()).isEqualTo(241);
        assertThat(report.findings(Kind.INVALID_GEOMETRY))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.detail()).isNotBlank())
                .allSatisfy(f -> assertThat(world.features())
                        .anyMatch(c -> c.id().equals(f.ids().get(0))));
    }

    @Test
    void reportsOverlapsBetweenNeighbouringCountriesWithGeodesicAreas() {
        assertThat(report.findings(Kind.OVERLAP)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.ids()).hasSize(2);
            assertThat(f.areaM2()).isPositive();
            assertThat(f.location().getX()).isBetween(-180.0, 180.0);
            assertThat(f.location().getY()).isBetween(-90.0, 90.0);
        });
    }

    @Test
    void reportWritesAsJsonAndGeoJson() {
        String json = report.toJson();
        ByteArrayOutputStream geojson = new ByteArrayOutputStream();
        report.writeGeoJson(geojson);

        assertThat(json).startsWith("{\"valid\":false,\"grids\":241,").contains("\"OVERLAP\":");
        GeoJsonFeatures back = GeoJsonReader.of(GeoJsonReader.Options.defaults())
                .read(new java.io.ByteArrayInputStream(geojson.toByteArray()), "findings.geojson");
        assertThat(back.features()).hasSize(report.findings().size());
        assertThat(geojson.toString(StandardCharsets.UTF_8)).contains("\"kind\":\"OVERLAP\"");
    }
}
