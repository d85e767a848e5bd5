package org.gridgov.examples.cli;

import java.util.Locale;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.Units;
import picocli.CommandLine.Option;

/** The {@code --units} option of the coverage commands: how to read the boundaries' coordinates. */
final class UnitsOption {
    @Option(
            names = "--units",
            defaultValue = "lonlat",
            paramLabel = "UNITS",
            description = "lonlat (RFC 7946 GeoJSON, the default) or metres (a projected system)")
    String units;

    /** The units named, {@code meters} read as {@code metres}, any case. */
    Units units() {
        switch (units.toLowerCase(Locale.ROOT)) {
            case "lonlat":
                return Units.LON_LAT;
            case "metres":
            case "meters":
                return Units.METRES;
            default:
                throw new InvalidInputException("--units", "is lonlat or metres", units);
        }
    }
}
