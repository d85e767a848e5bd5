package org.gridgov.examples.cli;

import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.locationtech.jts.geom.Envelope;

/**
 * Refuses boundaries whose coordinates cannot be longitudes and latitudes where the command reads
 * them as such: a projected file read as lon/lat gives nonsense areas and wrong answers, not an
 * error, unless it is caught here. Stateless.
 */
final class LonLatRange {
    private LonLatRange() {}

    /** Throws if a feature of {@code features}, read from {@code file} given as {@code option}, leaves lon/lat. */
    static void check(GeoJsonFeatures features, String option, Path file) {
        for (GeoJsonFeature f : features.features()) {
            if (f.geometry() == null) {
                continue;
            }
            Envelope e = f.geometry().getEnvelopeInternal();
            if (e.isNull()) {
                continue;
            }
            if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
                throw InvalidInputException.ofText(
                        option + " " + file + ":features[" + f.index() + "].geometry",
                        "must be longitudes within -180..180 and latitudes within -90..90 degrees"
                                + " (--units metres reads projected coordinates)",
                        "coordinates spanning " + e.getMinX() + ".." + e.getMaxX() + " by " + e.getMinY() + ".."
                                + e.getMaxY(),
                        null);
            }
        }
    }
}
