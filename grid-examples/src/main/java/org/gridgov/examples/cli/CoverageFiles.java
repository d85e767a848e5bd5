package org.gridgov.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeatures;

/**
 * The grids and, if named, the parent of {@code grid coverage check} and {@code repair}, read
 * alike.
 *
 * @param grids the {@code --grids} file's features
 * @param parent the {@code --parent} file's features, if the option was given
 */
record CoverageFiles(GeoJsonFeatures grids, Optional<GeoJsonFeatures> parent) {
    /**
     * Reads the grids, then the parent with the same reader; read as lon/lat, either file is
     * refused where it leaves the lon/lat range.
     */
    static CoverageFiles read(GridFileOptions input, Path parent, Units units) {
        GeoJsonFeatures grids = input.readGrids();
        Optional<GeoJsonFeatures> parentFeatures = Optional.ofNullable(parent).map(input.reader()::readFile);
        if (units == Units.LON_LAT) {
            LonLatRange.check(grids, "--grids", input.grids);
            parentFeatures.ifPresent(p -> LonLatRange.check(p, "--parent", parent));
        }
        return new CoverageFiles(grids, parentFeatures);
    }
}
