package org.gridgov.examples.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Places the invented map on the ground: metres east and north of an origin in Jingkou's old
 * town (119.45 E, 32.19 N) become WGS84 degrees by the local equirectangular approximation,
 * rounded to 1e-7 degrees. The same metres always give the same degrees, so shared vertices stay
 * shared.
 */
final class LonLat {
    static final double LON0 = 119.45;
    static final double LAT0 = 32.19;
    private static final double M_PER_DEG_LAT = 110_574;
    private static final double M_PER_DEG_LON = 111_320 * Math.cos(Math.toRadians(LAT0));
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private LonLat() {}

    static Polygon of(Polygon metres) {
        Coordinate[] ring = metres.getExteriorRing().getCoordinates();
        Coordinate[] out = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            out[i] = new Coordinate(round(LON0 + ring[i].x / M_PER_DEG_LON), round(LAT0 + ring[i].y / M_PER_DEG_LAT));
        }
        return FACTORY.createPolygon(out);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
