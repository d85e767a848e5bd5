package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grid reach} in Jingkou: homes, a station, and a river without a bridge. */
class ReachCommandTest {
    /** Degrees per metre at 32.2N, east and north. */
    private static final double EAST = 1 / 94_346.0;

    private static final double NORTH = 1 / 110_900.0;

    @TempDir
    Path dir;

    @Test
    void straightLineHomesWithinAndBeyondFifteenMinutes() throws IOException {
        Path homes = csv("homes.csv", "near,0,300", "far,0,2000");
        Path stations = csv("stations.csv", "st-1,0,0");
        Path summary = dir.resolve("summary.json");

        CliRun run = CliRun.of(
                "reach",
                "--homes",
                homes.toString(),
                "--stations",
                stations.toString(),
                "--summary",
                summary.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        List<String> rows = run.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("id,station,metres,minutes,within");
        // 300 m x detour 1.3 = 390 m, 5.2 minutes at 4.5 km/h; 2,000 m x 1.3 = 2,600 m
        assertThat(rows.get(1)).matches("near,st-1,39\\d\\.\\d,5\\.\\d\\d,true");
        assertThat(rows.get(2)).matches("far,st-1,2\\d{3}\\.\\d,3\\d\\.\\d\\d,false");
        String json = Files.readString(summary);
        assertThat(json)
                .contains("\"share\" : 0.5")
                .contains("\"id\" : \"far\"")
                .doesNotContain("\"id\" : \"near\"");
    }

    @Test
    void aRiverWithoutABridgeLeavesTheHomeAcrossItUncovered() throws IOException {
        Path homes = csv("homes.csv", "h1,200,130");
        Path stations = csv("stations.csv", "st-1,200,-20");
        Path roads = Files.writeString(
                dir.resolve("roads.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + road(0, 100, 2500, 100, 3000, 100) + "," + road(0, 0, 2500, 0, 3000, 0) + ","
                        + road(2500, 0, 2500, 100) + "]}");

        CliRun straight = CliRun.of("reach", "--homes", homes.toString(), "--stations", stations.toString());
        CliRun walked = CliRun.of(
                "reach", "--homes", homes.toString(), "--stations", stations.toString(), "--roads", roads.toString());

        assertThat(straight.exit()).isEqualTo(Grid.CLEAN);
        assertThat(walked.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(walked.out().lines().toList().get(1)).matches("h1,st-1,47\\d\\d\\.\\d,6\\d\\.\\d\\d,false");
    }

    @Test
    void suggestionsAndPerGridSharesGoToTheSummary() throws IOException {
        Path homes = csv("homes.csv", "a,5000,0", "b,5050,0", "c,5100,0", "d,0,9000");
        Path stations = csv("stations.csv", "st-1,0,0");
        Path summary = dir.resolve("summary.json");

        CliRun run = CliRun.of(
                "reach",
                "--homes",
                homes.toString(),
                "--stations",
                stations.toString(),
                "--suggest",
                "1",
                "--summary",
                summary.toString());

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(Files.readString(summary)).contains("\"at\" : \"a\"").contains("\"covers\" : 3");
    }

    @Test
    void aRoadsFileOfPolygonsIsBadInputNamingThePath() throws IOException {
        Path homes = csv("homes.csv", "h1,0,0");
        Path roads = Files.writeString(
                dir.resolve("roads.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}");
        CliRun run = CliRun.of(
                "reach", "--homes", homes.toString(), "--stations", homes.toString(), "--roads", roads.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err()).contains("roads.geojson").contains("features[0].geometry.type");
    }

    /** A CSV of id,lon,lat rows from "id,east,north" in metres from (119.45, 32.20). */
    private Path csv(String name, String... rows) throws IOException {
        StringBuilder text = new StringBuilder("id,lon,lat\n");
        for (String row : rows) {
            String[] p = row.split(",");
            text.append(p[0])
                    .append(',')
                    .append(119.45 + Double.parseDouble(p[1]) * EAST)
                    .append(',')
                    .append(32.20 + Double.parseDouble(p[2]) * NORTH)
                    .append('\n');
        }
        return Files.writeString(dir.resolve(name), text);
    }

    private static String road(double... eastNorth) {
        StringBuilder coordinates = new StringBuilder();
        for (int i = 0; i < eastNorth.length; i += 2) {
            coordinates
                    .append(i == 0 ? "" : ",")
                    .append('[')
                    .append(119.45 + eastNorth[i] * EAST)
                    .append(',')
                    .append(32.20 + eastNorth[i + 1] * NORTH)
                    .append(']');
        }
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                + coordinates + "]}}";
    }
}
