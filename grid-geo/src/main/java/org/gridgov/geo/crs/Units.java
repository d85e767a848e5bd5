package org.gridgov.geo.crs;

import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * What coordinates mean, for boundaries and points alike: projected metres, or longitude and
 * latitude in degrees. Decides how areas, distances and tolerances in metres are measured
 * (planar, or on the ellipsoid / sphere); point location itself is planar either way.
 */
public enum Units {
    /** Projected coordinates in metres (e.g. a CGCS2000 Gauss-Kruger zone): planar areas and distances. */
    METRES,
    /**
     * Longitude and latitude in degrees on WGS84 or CGCS2000 (treated as equal): areas, lengths
     * and distances on the WGS84 ellipsoid, one model for coverage and location alike; tolerances
     * in metres are converted at 111,319.49 m per degree. Edges are straight lines in longitude/latitude, as GeoJSON draws them.
     */
    LON_LAT;

    /**
     * The likely units of coordinates spanning {@code extent}: lon/lat when it fits in
     * [-180, 180] x [-90, 90] (as RFC 7946 GeoJSON always does), metres otherwise. A guess
     * for tools reading files; a projected extent near the origin would be misread, so pass
     * the units explicitly when they are known.
     */
    public static Units guess(Envelope extent) {
        Objects.requireNonNull(extent, "extent");
        boolean degrees = !extent.isNull()
                && extent.getMinX() >= -180
                && extent.getMaxX() <= 180
                && extent.getMinY() >= -90
                && extent.getMaxY() <= 90;
        return degrees ? LON_LAT : METRES;
    }
}
