package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grid coverage repair}: dirty boundaries in, the same features out, and the check agrees. */
class CoverageRepairCommandTest {
    private static final String PARENT = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"id\":\"P\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[0,0],[200,0],[200,100],[0,100],[0,0]]]}}]}";

    @TempDir
    Path dir;

    /** A spike (an invalid ring) from A into B, and B's border 0.3 m into A: both need repair. */
    private Path dirtyGrids(String holeInA) throws IOException {
        Path grids = dir.resolve("grids.geojson");
        Files.writeString(
                grids,
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"A\",\"name\":\"West\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[100,0],[100,50],[150,50],[100,50],[100,100],[0,100],[0,0]]"
                        + holeInA + "]}},"
                        + "{\"type\":\"Feature\",\"properties\":{\"code\":\"B\",\"name\":\"East\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[100,0],[200,0],[200,100],[100,100],[99.7,70],[100,0]]]}}]}");
        return grids;
    }

    @Test
    void repairedGridsKeepTheirFeaturesAndCheckClean() throws IOException {
        Path out = dir.resolve("repaired.geojson");
        Path changes = dir.resolve("changes.json");
        CliRun run = CliRun.of(
                "coverage",
                "repair",
                "--grids",
                dirtyGrids("").toString(),
                "--id-property",
                "code",
                "--units",
                "metres",
                "--out",
                out.toString(),
                "--changes",
                changes.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        JsonNode fc = new ObjectMapper().readTree(out.toFile());
        assertThat(fc.get("features")).hasSize(2);
        assertThat(fc.get("features").get(0).get("properties").get("code").asText())
                .isEqualTo("A");
        assertThat(fc.get("features").get(1).get("properties").get("name").asText())
                .isEqualTo("East");
        JsonNode account = new ObjectMapper().readTree(changes.toFile());
        assertThat(account.get("clean").asBoolean()).isTrue();
        assertThat(account.get("grids").get(0).get("id").asText()).isEqualTo("A");
        assertThat(account.get("grids").get(0).get("madeValid").asBoolean()).isTrue();
        CliRun check =
                CliRun.of("coverage", "check", "--grids", out.toString(), "--id-property", "code", "--units", "metres");
        assertThat(check.exit()).isEqualTo(Grid.CLEAN);
    }

    @Test
    void aLakeStaysAHoleAndIsNamedOnStandardErrorForAPerson() throws IOException {
        Path parent = dir.resolve("parent.geojson");
        Files.writeString(parent, PARENT);
        Path out = dir.resolve("repaired.geojson");
        Path changes = dir.resolve("changes.geojson");
        CliRun run = CliRun.of(
                "coverage",
                "repair",
                "--grids",
                dirtyGrids(",[[30,30],[30,70],[70,70],[70,30],[30,30]]").toString(),
                "--parent",
                parent.toString(),
                "--id-property",
                "code",
                "--units",
                "metres",
                "--out",
                out.toString(),
                "--changes",
                changes.toString());

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(run.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("needs a person: coverage.gap A:"));
        JsonNode account = new ObjectMapper().readTree(changes.toFile());
        assertThat(account.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(account.get("features")).isNotEmpty();
        assertThat(account.get("features").get(0).get("properties").has("areaM2"))
                .isTrue();
        CliRun wider = CliRun.of(
                "coverage",
                "repair",
                "--grids",
                dir.resolve("grids.geojson").toString(),
                "--parent",
                parent.toString(),
                "--id-property",
                "code",
                "--units",
                "metres",
                "--max-gap-width-m",
                "20",
                "--out",
                out.toString());
        assertThat(wider.exit()).isEqualTo(Grid.CLEAN);
    }
}
