package org.gridgov.geo.layers;

import org.gridgov.geo.crs.Units;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Areas in m² of polygonal geometry: planar for metres, on the WGS84 ellipsoid ({@link Geodesy}) for lon/lat. */
final class Areas {
    private Areas() {}

    static double of(Geometry g, Units units) {
        if (units == Units.METRES) {
            return g.getArea();
        }
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                if (!p.isEmpty()) {
                    total += Math.abs(Geodesy.signedRingArea(p.getExteriorRing().getCoordinateSequence()));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        total -= Math.abs(
                                Geodesy.signedRingArea(p.getInteriorRingN(h).getCoordinateSequence()));
                    }
                }
            } else if (part != g) {
                total += of(part, units);
            }
        }
        return Math.max(0, total);
    }
}
