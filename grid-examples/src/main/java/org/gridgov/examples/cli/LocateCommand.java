package org.gridgov.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.locate.GridLocator;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid locate --grids GRIDS.geojson --points POINTS.csv}: the grid of every point. */
@Command(
        name = "locate",
        mixinStandardHelpOptions = true,
        description = {
            "Reads id,lon,lat rows and writes id,grid rows: the grid each point lies in",
            "(empty when in none). Points on a shared border get exactly one grid.",
            "Exit 0 when done, 2 for bad input (a bad row is named by its line)."
        })
final class LocateCommand implements Callable<Integer> {
    @Mixin
    GridFileOptions input;

    @Option(
            names = "--points",
            required = true,
            paramLabel = "POINTS.csv",
            description = "rows of id,lon,lat (a header row id,lon,lat is skipped)")
    Path points;

    @Option(
            names = "--crs",
            defaultValue = "wgs84",
            paramLabel = "CRS",
            description =
                    "the points' coordinate system: wgs84 (= cgcs2000), gcj02 (Amap, Tencent, WeChat) or bd09 (Baidu); default ${DEFAULT-VALUE}")
    String crs;

    @Option(names = "--out", paramLabel = "FILE", description = "write the rows here instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GeoJsonFeatures features = input.readGrids();
        if (!features.problems().isEmpty()) {
            throw new InvalidInputException(
                    input.grids + ":" + features.problems().get(0).path(),
                    features.problems().get(0).rule(),
                    features.problems().get(0).value());
        }
        // Keyed by feature so that features sharing an id (real files have them) are all located;
        // the answer is the feature's id.
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        Map<String, String> idOf = new HashMap<>();
        for (GeoJsonFeature f : features.features()) {
            String key = f.id() + "#" + f.index();
            boundaries.put(key, f.geometry());
            idOf.put(key, f.id());
        }
        GridLocator locator = GridLocator.builder()
                .grids(boundaries)
                .units(Units.LON_LAT)
                .pointSystem(CoordinateSystem.parse(crs))
                .build();
        List<String[]> rows = readRows();
        StringBuilder text = new StringBuilder("id,grid\n");
        for (String[] row : rows) {
            double lon = Double.parseDouble(row[1]);
            double lat = Double.parseDouble(row[2]);
            text.append(row[0])
                    .append(',')
                    .append(locator.locate(lon, lat).map(idOf::get).orElse(""))
                    .append('\n');
        }
        Output.write(text.toString(), out, spec.commandLine().getOut());
        return Grid.CLEAN;
    }

    private List<String[]> readRows() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(points, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 1; (line = in.readLine()) != null; n++) {
                if (line.isBlank() || (n == 1 && line.trim().equalsIgnoreCase("id,lon,lat"))) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                String where = points + ":line " + n;
                if (cells.length != 3 || cells[0].isBlank()) {
                    throw new InvalidInputException(where, "a row is id,lon,lat", line);
                }
                for (int c = 1; c <= 2; c++) {
                    if (!isFiniteNumber(cells[c].trim())) {
                        throw new InvalidInputException(
                                where + (c == 1 ? ".lon" : ".lat"), "a finite decimal number", cells[c]);
                    }
                    cells[c] = cells[c].trim();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + points, e);
        }
        return rows;
    }

    private static boolean isFiniteNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
