package org.gridgov.examples.cli;

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
            converter = InputPaths.ReadableFile.class,
            description =
                    "rows of id,lon,lat, UTF-8 (a byte-order mark is fine), quoted where needed; a header row id,lon,lat is skipped")
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
        CoordinateSystem system = pointSystem();
        GeoJsonFeatures features = input.readGrids();
        if (!features.problems().isEmpty()) {
            throw new InvalidInputException(
                    input.grids + ":" + features.problems().get(0).path(),
                    features.problems().get(0).rule(),
                    features.problems().get(0).value());
        }
        LonLatRange.check(features, "--grids", input.grids);
        List<LocateCsv.Point> rows = LocateCsv.read(points);
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
                .pointSystem(system)
                .build();
        List<String[]> answers = new ArrayList<>(rows.size());
        for (LocateCsv.Point p : rows) {
            answers.add(new String[] {
                p.id(), locator.locate(p.lon(), p.lat()).map(idOf::get).orElse("")
            });
        }
        Output.write(LocateCsv.write(answers), out, spec.commandLine().getOut());
        return Grid.CLEAN;
    }

    private CoordinateSystem pointSystem() {
        try {
            return CoordinateSystem.parse(crs);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--crs", e.rule(), crs, e);
        }
    }
}
