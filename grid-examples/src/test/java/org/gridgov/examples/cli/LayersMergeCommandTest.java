package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grid layers merge} on a 2 x 2 base of 0.01-degree grids in Zhenjiang and layers whose answer is known. */
class LayersMergeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aLayerThatRefinesTheBaseIsCleanAndEachFeatureMapsWholly() throws IOException {
        Path base = squares("base.geojson", "B", 2, 0.01, 0);
        Path party = squares("party.geojson", "P", 4, 0.005, 0);

        CliRun run = CliRun.of("layers", "merge", "--base", base.toString(), "--layer", "party=" + party);

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("layer,layer_id,base_id,area_m2,share_of_layer,share_of_base");
        assertThat(lines).hasSize(17);
        String[] p11 = lines.stream()
                .filter(l -> l.startsWith("party,P11,"))
                .findFirst()
                .orElseThrow()
                .split(",");
        assertThat(p11[2]).isEqualTo("B00");
        assertThat(Double.parseDouble(p11[4])).isEqualTo(1.0);
        assertThat(Double.parseDouble(p11[5])).isCloseTo(0.25, within(1e-5));
        // a 0.005-degree square at 32.2N: about 471 m x 555 m
        assertThat(Double.parseDouble(p11[3])).isCloseTo(261_500, within(1_500.0));
    }

    @Test
    void theBaseShiftedByAKnownOffsetStraddlesAndHangsOutside() throws IOException {
        Path base = squares("base.geojson", "B", 2, 0.01, 0);
        Path emergency = squares("emergency.geojson", "E", 2, 0.01, 0.003);
        Path out = dir.resolve("crosswalk.csv");

        CliRun run = CliRun.of(
                "layers",
                "merge",
                "--base",
                base.toString(),
                "--layer",
                "emergency=" + emergency,
                "--out",
                out.toString());

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        List<String> rows = Files.readAllLines(out);
        String[] e00 = rows.stream()
                .filter(l -> l.startsWith("emergency,E00,B00,"))
                .findFirst()
                .orElseThrow()
                .split(",");
        assertThat(Double.parseDouble(e00[4])).isCloseTo(0.7, within(1e-5));
        String[] e00b = rows.stream()
                .filter(l -> l.startsWith("emergency,E00,B10,"))
                .findFirst()
                .orElseThrow()
                .split(",");
        assertThat(Double.parseDouble(e00b[4])).isCloseTo(0.3, within(1e-5));
        assertThat(run.err().lines())
                .filteredOn(l -> l.startsWith("OUTSIDE_BASE emergency"))
                .hasSize(2);
        assertThat(run.err().lines())
                .filteredOn(l -> l.startsWith("STRADDLES_BASE emergency"))
                .hasSize(2);
    }

    @Test
    void jsonHoldsRowsAndFindingsAndAnInvalidFeatureIsRepairedNotDropped() throws IOException {
        Path base = squares("base.geojson", "B", 2, 0.01, 0);
        Path bowTie = Files.writeString(
                dir.resolve("env.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"BT\",\"properties\":{},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[119.40,32.20],[119.41,32.21],"
                        + "[119.41,32.20],[119.40,32.21],[119.40,32.20]]]}}]}");

        CliRun run = CliRun.of(
                "layers", "merge", "--base", base.toString(), "--layer", "environment=" + bowTie, "--format", "json");

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(run.out()).contains("\"kind\" : \"REPAIRED_GEOMETRY\"");
        assertThat(run.out()).contains("\"layer_id\" : \"BT\"");
        assertThat(run.out()).contains("\"kind\" : \"BASE_NOT_COVERED\"");
    }

    @Test
    void aLayerNamedBaseIsBadInput() throws IOException {
        Path base = squares("base.geojson", "B", 2, 0.01, 0);
        CliRun run = CliRun.of("layers", "merge", "--base", base.toString(), "--layer", "base=" + base);
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err()).startsWith("grid: --layer");
    }

    /** An n x n layer of squares of {@code size} degrees from (119.40 + shift, 32.20), ids PREFIX + column + row. */
    private Path squares(String name, String prefix, int n, double size, double shift) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x1 = 119.40 + shift + i * size;
                double y1 = 32.20 + j * size;
                double x2 = x1 + size;
                double y2 = y1 + size;
                json.append(i + j == 0 ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "{\"type\":\"Feature\",\"id\":\"%s%d%d\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                                        + "\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}}",
                                prefix,
                                i,
                                j,
                                x1,
                                y1,
                                x2,
                                y1,
                                x2,
                                y2,
                                x1,
                                y2,
                                x1,
                                y1));
            }
        }
        return Files.writeString(dir.resolve(name), json.append("]}").toString());
    }
}
