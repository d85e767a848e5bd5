package org.gridgov.examples.cli;

import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import picocli.CommandLine.Option;

/** The options that name a GeoJSON file of grids and the property holding their codes. */
final class GridFileOptions {
    @Option(
            names = "--grids",
            required = true,
            paramLabel = "GRIDS.geojson",
            converter = InputPaths.ReadableFile.class,
            description = "the grids, a GeoJSON FeatureCollection")
    Path grids;

    @Option(
            names = "--id-property",
            paramLabel = "NAME",
            description = "the property holding the area code (default: the feature id)")
    String idProperty;

    /** A reader taking ids from {@code --id-property}, or from the feature ids. */
    GeoJsonReader reader() {
        if (idProperty != null && idProperty.isBlank()) {
            throw new InvalidInputException("--id-property", "must name a property, e.g. code", idProperty);
        }
        return GeoJsonReader.of(
                idProperty == null
                        ? GeoJsonReader.Options.defaults()
                        : GeoJsonReader.Options.defaults().withIdProperty(idProperty));
    }

    /** The grids file, read. */
    GeoJsonFeatures readGrids() {
        return reader().readFile(grids);
    }
}
