package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.examples.sample.JingkouSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocateCommandTest {
    private static final Path DATA = Path.of(System.getProperty("grid.data"));

    @Test
    void residentsReportsInGcj02LandInTheGridsTheyWereSentFrom() throws IOException {
        CliRun run = CliRun.of(
                "locate",
                "--grids",
                "samples/jingkou.grids.geojson",
                "--points",
                "samples/jingkou.reports.csv",
                "--crs",
                "gcj02");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();

        Map<String, String> expected = new LinkedHashMap<>();
        for (JingkouSample.Report r :
                JingkouSample.generate(DATA.resolve("zhenjiang-divisions.json")).reports()) {
            expected.put(r.id(), r.grid() == null ? "" : r.grid().toString());
        }
        StringBuilder rows = new StringBuilder("id,grid\n");
        expected.forEach((id, grid) -> rows.append(id).append(',').append(grid).append('\n'));
        assertThat(run.out()).isEqualTo(rows.toString());
    }

    @Test
    void readingGcj02AsWgs84PutsReportsInTheWrongGrid() {
        CliRun right = CliRun.of(
                "locate",
                "--grids",
                "samples/jingkou.grids.geojson",
                "--points",
                "samples/jingkou.reports.csv",
                "--crs",
                "gcj02");
        CliRun wrong = CliRun.of(
                "locate", "--grids", "samples/jingkou.grids.geojson", "--points", "samples/jingkou.reports.csv");
        long differ = 0;
        String[] a = right.out().split("\n");
        String[] b = wrong.out().split("\n");
        for (int i = 0; i < a.length; i++) {
            differ += a[i].equals(b[i]) ? 0 : 1;
        }
        assertThat(differ)
                .as("rows in another grid when the ~500 m GCJ-02 offset is ignored")
                .isGreaterThan(10);
    }

    @Test
    void capitalsLieInTheirCountries(@TempDir Path dir) throws IOException {
        Path points = dir.resolve("capitals.csv");
        Files.writeString(
                points,
                String.join(
                                "\n",
                                "id,lon,lat",
                                "beijing,116.3975,39.9087",
                                "paris,2.3522,48.8566",
                                "canberra,149.1300,-35.2809",
                                "brasilia,-47.8825,-15.7942",
                                "nairobi,36.8219,-1.2921",
                                "ottawa,-75.6972,45.4215",
                                "mid-atlantic,-30.0,10.0")
                        + "\n");
        CliRun run = CliRun.of(
                "locate",
                "--grids",
                DATA.resolve("world-countries-50m.geojson").toString(),
                "--points",
                points.toString(),
                "--id-property",
                "code");

        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .isEqualTo(String.join(
                                "\n",
                                "id,grid",
                                "beijing,156",
                                "paris,250",
                                "canberra,036",
                                "brasilia,076",
                                "nairobi,404",
                                "ottawa,124",
                                "mid-atlantic,")
                        + "\n");
    }

    @Test
    void aBadRowIsNamedByItsLine(@TempDir Path dir) throws IOException {
        Path points = dir.resolve("p.csv");
        Files.writeString(points, "id,lon,lat\nr1,119.45,32.19\nr2,east,32.19\n");
        CliRun run = CliRun.of("locate", "--grids", "samples/jingkou.grids.geojson", "--points", points.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo(
                        "grid: " + points
                                + ":line 3: column lon: must be a decimal number such as 119.4523, but was a value of length 4\n");
    }
}
