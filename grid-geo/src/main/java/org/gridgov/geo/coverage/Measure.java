package org.gridgov.geo.coverage;

import org.gridgov.geo.crs.Units;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Areas and lengths in metres, planar for {@link Units#METRES} and ellipsoidal for lon/lat. Stateless. */
final class Measure {
    private Measure() {}

    /** Area in m² of the polygonal parts of {@code g}. */
    static double area(Geometry g, Units units) {
        if (units == Units.METRES) {
            return g.getArea();
        }
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                total += Math.abs(Geodesy.signedRingArea(p.getExteriorRing().getCoordinateSequence()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    total -= Math.abs(
                            Geodesy.signedRingArea(p.getInteriorRingN(h).getCoordinateSequence()));
                }
            } else if (part.getNumGeometries() > 1 || part != g) {
                total += area(part, units);
            }
        }
        return Math.max(0, total);
    }

    /** Length in metres of every ring and line of {@code g}. */
    static double length(Geometry g, Units units) {
        if (units == Units.METRES) {
            return g.getLength();
        }
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                total += Geodesy.length(p.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    total += Geodesy.length(p.getInteriorRingN(h).getCoordinateSequence());
                }
            } else if (part instanceof LineString line) {
                total += Geodesy.length(line.getCoordinateSequence());
            }
        }
        return total;
    }

    /** Distance in metres between two points in coordinate units. */
    static double distance(double x1, double y1, double x2, double y2, Units units) {
        return units == Units.METRES ? Math.hypot(x2 - x1, y2 - y1) : Geodesy.distance(x1, y1, x2, y2);
    }

    /** Mean width in metres of a polygonal defect: twice its area over its perimeter. */
    static double width(double areaM2, double perimeterM) {
        return perimeterM > 0 ? 2 * areaM2 / perimeterM : 0;
    }
}
