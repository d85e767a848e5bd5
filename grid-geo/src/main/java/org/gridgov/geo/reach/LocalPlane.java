package org.gridgov.geo.reach;

import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Envelope;

/**
 * Metres per degree at a latitude on the WGS84 ellipsoid, and the lon/lat window that holds every
 * point within a distance. Stateless.
 */
final class LocalPlane {
    private static final double E2 = Geodesy.F * (2 - Geodesy.F);
    /** The fewest metres a degree of latitude spans anywhere (on the equator). */
    private static final double MIN_METRES_PER_DEGREE_LAT = Math.toRadians(1) * Geodesy.A * (1 - E2);

    private LocalPlane() {}

    /** Metres per degree of longitude at {@code lat}. */
    static double metresPerDegreeLon(double lat) {
        double phi = Math.toRadians(lat);
        double s = Math.sin(phi);
        return Math.toRadians(1) * Geodesy.A / Math.sqrt(1 - E2 * s * s) * Math.cos(phi);
    }

    /** Metres per degree of latitude at {@code lat}. */
    static double metresPerDegreeLat(double lat) {
        double s = Math.sin(Math.toRadians(lat));
        double w = Math.sqrt(1 - E2 * s * s);
        return Math.toRadians(1) * Geodesy.A * (1 - E2) / (w * w * w);
    }

    /**
     * A lon/lat window around the point that holds every point within {@code metres} by {@link
     * Geodesy#distance} (an over-estimate, so nothing is missed).
     */
    static Envelope window(double lon, double lat, double metres) {
        double dLat = metres / MIN_METRES_PER_DEGREE_LAT * 1.000001 + 1e-12;
        double far = Math.min(90, Math.abs(lat) + dLat);
        double perLon = Math.toRadians(1) * Geodesy.A * Math.cos(Math.toRadians(far));
        double dLon = perLon > 1e-9 ? metres / perLon * 1.000001 + 1e-12 : 360;
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }
}
