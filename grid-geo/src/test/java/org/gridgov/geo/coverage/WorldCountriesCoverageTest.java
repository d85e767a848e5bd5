package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The world file's invalid countries are the three drawn across the antimeridian without
     * being split (Fiji 242, Russia 643, Antarctica 010): in longitude/latitude each becomes a band
     * around the globe. The check says so in their findings and marks every overlap and gap found
     * on their repaired geometry (the huge "overlaps" along Fiji's and Russia's latitudes and the
     * zero-width sliver near Fiji are artefacts of the band): split such features at 180 degrees
     * (RFC 7946 section 3.1.9) before checking.
     */
    @Test
    void countriesDrawnAcrossTheAntimeridianAreInvalidAndTheirFindingsMarkedRepaired() {
        List<String> invalid = report.findings(Kind.INVALID_GEOMETRY).stream()
                .map(f -> f.ids().get(0))
                .sorted()
                .toList();
        assertThat(invalid).containsExactly("010", "242", "643");
        assertThat(report.findings(Kind.INVALID_GEOMETRY))
                .allSatisfy(f -> assertThat(f.detail()).contains("antimeridian"));
        for (CoverageFinding f : report.findings()) {
            if (f.kind() != Kind.INVALID_GEOMETRY && f.kind() != Kind.DUPLICATE_ID) {
                assertThat(f.repaired())
                        .as("%s %s", f.kind(), f.ids())
                        .isEqualTo(f.ids().stream().anyMatch(invalid::contains));
            }
        }
        assertThat(report.findings(Kind.OVERLAP))
                .filteredOn(f -> f.ids().contains("242"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.repaired()).isTrue());
        assertThat(report.findings(Kind.OVERLAP))
                .filteredOn(f -> !f.repaired())
                .allSatisfy(f -> assertThat(f.ids()).doesNotContain("010", "242", "643"));
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
