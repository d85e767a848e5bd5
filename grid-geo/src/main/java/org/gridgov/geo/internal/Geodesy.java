package org.gridgov.geo.internal;

import org.locationtech.jts.geom.CoordinateSequence;

/**
 * grid-geo's one Earth model: sizes on the WGS84 ellipsoid (CGCS2000 differs by less than a
 * millimetre) for lon/lat coordinates in degrees. Coverage areas, lengths and tolerances and the
 * locator's nearest-grid distances all measure with this class, so the two never disagree.
 *
 * <p>Area: each vertex is mapped to its authalic latitude, which makes the ellipsoid's
 * area equal to that of a sphere of radius {@code R_q}; the ring's area on that sphere is
 * the sum of the exact spherical excesses of the trapezoids between each edge and the
 * equator, {@code tan(E/2) = tan(dL/2) (tan(b1/2) + tan(b2/2)) / (1 + tan(b1/2) tan(b2/2))}.
 * Edges are great circles on the authalic sphere rather than geodesics on the ellipsoid;
 * for edges of a few hundred kilometres the difference is far below 0.1% (tests compare
 * with GeographicLib). Lengths use the local meridian and prime-vertical radii at each
 * segment's mid-latitude. Stateless and thread-safe; not exported from the module.
 */
public final class Geodesy {
    /** WGS84 semi-major axis, metres. */
    public static final double A = 6_378_137.0;
    /** WGS84 flattening. */
    public static final double F = 1 / 298.257223563;

    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double QP = q(1.0);
    private static final double RQ2 = A * A * QP / 2;
    /** Metres per degree of longitude on the equator, the most a degree spans anywhere. */
    public static final double METRES_PER_DEGREE = Math.PI / 180 * A;

    private Geodesy() {}

    /** Signed area in m² of a closed ring of lon/lat degrees, positive when counter-clockwise. */
    public static double signedRingArea(CoordinateSequence ring) {
        int n = ring.size();
        if (n < 4) {
            return 0;
        }
        double sum = 0;
        double lon0 = ring.getX(0);
        double t1 = Math.tan(authalic(ring.getY(0)) / 2);
        for (int i = 1; i < n; i++) {
            double lon1 = ring.getX(i);
            double t2 = Math.tan(authalic(ring.getY(i)) / 2);
            double dl = Math.toRadians(lon1 - lon0);
            if (dl > Math.PI) {
                dl -= 2 * Math.PI;
            } else if (dl < -Math.PI) {
                dl += 2 * Math.PI;
            }
            sum += 2 * Math.atan2(Math.tan(dl / 2) * (t1 + t2), 1 + t1 * t2);
            lon0 = lon1;
            t1 = t2;
        }
        return sum * RQ2;
    }

    /** Length in metres of the polyline, by local radii at each segment's mid-latitude. */
    public static double length(CoordinateSequence line) {
        double total = 0;
        for (int i = 1; i < line.size(); i++) {
            total += distance(line.getX(i - 1), line.getY(i - 1), line.getX(i), line.getY(i));
        }
        return total;
    }

    /** Distance in metres between two nearby lon/lat points. */
    public static double distance(double lon1, double lat1, double lon2, double lat2) {
        double phi = Math.toRadians((lat1 + lat2) / 2);
        double s = Math.sin(phi);
        double w = Math.sqrt(1 - E2 * s * s);
        double meridian = A * (1 - E2) / (w * w * w);
        double primeVertical = A / w;
        double dl = lon2 - lon1;
        if (dl > 180) {
            dl -= 360;
        } else if (dl < -180) {
            dl += 360;
        }
        double dx = Math.toRadians(dl) * primeVertical * Math.cos(phi);
        double dy = Math.toRadians(lat2 - lat1) * meridian;
        return Math.hypot(dx, dy);
    }

    private static double authalic(double latDegrees) {
        double s = Math.sin(Math.toRadians(latDegrees));
        double ratio = q(s) / QP;
        return Math.asin(Math.max(-1, Math.min(1, ratio)));
    }

    private static double q(double sinPhi) {
        double es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
    }
}
