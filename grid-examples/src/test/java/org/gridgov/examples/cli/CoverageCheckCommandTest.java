package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCheckCommandTest {
    private static final String WORLD = Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson")
            .toString();

    @Test
    void theSampleDistrictsGridsCoverItExactly() {
        CliRun run = CliRun.of(
                "coverage",
                "check",
                "--grids",
                "samples/jingkou.grids.geojson",
                "--parent",
                "samples/jingkou.areas.geojson");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        assertThat(run.out()).startsWith("VALID: 288 grids, 0 findings");
    }

    @Test
    void theWorldsCountriesAreDirtyAndTheCheckSaysWhere(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("world.json");
        CliRun run = CliRun.of(
                "coverage",
                "check",
                "--grids",
                WORLD,
                "--id-property",
                "code",
                "--format",
                "json",
                "--out",
                out.toString());

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("grids").asInt()).isEqualTo(241);
        assertThat(report.get("summary").get("INVALID_GEOMETRY").asInt()).isPositive();
        assertThat(report.get("summary").get("OVERLAP").asInt()).isPositive();
        JsonNode first = report.get("findings").get(0);
        assertThat(first.has("kind")
                        && first.has("ids")
                        && first.has("areaM2")
                        && first.has("location")
                        && first.has("belowTolerance"))
                .isTrue();
    }

    @Test
    void findingsExportAsGeoJsonForAGisUser(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("two.geojson");
        Files.writeString(
                broken,
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"id\":\"A\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[20,0],[20,10],[0,10],[0,0]]]}},"
                        + "{\"type\":\"Feature\",\"id\":\"B\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[10,0],[30,0],[30,10],[10,10],[10,0]]]}}]}");
        CliRun run = CliRun.of(
                "coverage", "check", "--grids", broken.toString(), "--units", "metres", "--format", "geojson");

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        JsonNode fc = new ObjectMapper().readTree(run.out());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features").get(0).get("properties").get("kind").asText())
                .isEqualTo("OVERLAP");
        assertThat(fc.get("features").get(0).get("properties").get("areaM2").asDouble())
                .isEqualTo(100.0);
    }

    @Test
    void malformedInputExitsTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[");
        CliRun run = CliRun.of("coverage", "check", "--grids", bad.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err()).startsWith("grid: ").contains("bad.geojson");
        assertThat(CliRun.of("coverage", "check", "--grids", bad.toString(), "--units", "furlongs")
                        .exit())
                .isEqualTo(Grid.BAD_INPUT);
    }

    @Test
    void anEmptyParentIsBadInputNotSomethingEveryGridCovers(@TempDir Path dir) throws IOException {
        Path empty =
                Files.writeString(dir.resolve("empty.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        CliRun run = CliRun.of(
                "coverage", "check", "--grids", "samples/jingkou.grids.geojson", "--parent", empty.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("grid: --parent " + empty
                        + ": must hold at least one area, but was an empty FeatureCollection\n");
    }

    @Test
    void projectedCoordinatesReadAsLonLatAreBadInputNotNonsenseAreas(@TempDir Path dir) throws IOException {
        Path projected = Files.writeString(
                dir.resolve("projected.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"id\":\"A\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},"
                        + "{\"type\":\"Feature\",\"id\":\"B\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[400,0],[500,0],[500,100],[400,100],[400,0]]]}}]}");

        CliRun lonLat = CliRun.of("coverage", "check", "--grids", projected.toString());
        assertThat(lonLat.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(lonLat.err())
                .startsWith("grid: --grids " + projected + ":features[1].geometry: must be longitudes within -180..180")
                .contains("but was coordinates spanning 400.0..500.0 by 0.0..100.0");

        assertThat(CliRun.of("coverage", "check", "--grids", projected.toString(), "--units", "metres")
                        .exit())
                .isEqualTo(Grid.CLEAN);
        assertThat(CliRun.of("locate", "--grids", projected.toString(), "--points", "samples/jingkou.reports.csv")
                        .err())
                .startsWith("grid: --grids " + projected + ":features[1].geometry: ");
    }
}
