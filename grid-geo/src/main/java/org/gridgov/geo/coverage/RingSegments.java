package org.gridgov.geo.coverage;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Walks the segments of a polygonal geometry with shells counter-clockwise and holes
 * clockwise (or the reverse, for the parent seen from outside). Zero-length segments are
 * skipped. Stateless.
 */
final class RingSegments {
    interface Sink {
        void segment(double ax, double ay, double bx, double by);
    }

    private RingSegments() {}

    static void forEach(Geometry polygonal, boolean reversed, Sink sink) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Geometry part = polygonal.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                ring(p.getExteriorRing().getCoordinateSequence(), !reversed, sink);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(p.getInteriorRingN(h).getCoordinateSequence(), reversed, sink);
                }
            }
        }
    }

    private static void ring(CoordinateSequence seq, boolean counterClockwise, Sink sink) {
        int n = seq.size();
        if (n < 2) {
            return;
        }
        boolean reverse = (signedArea(seq) > 0) != counterClockwise;
        for (int i = 0; i + 1 < n; i++) {
            int a = reverse ? n - 1 - i : i;
            int b = reverse ? n - 2 - i : i + 1;
            double ax = seq.getX(a);
            double ay = seq.getY(a);
            double bx = seq.getX(b);
            double by = seq.getY(b);
            if (ax != bx || ay != by) {
                sink.segment(ax, ay, bx, by);
            }
        }
    }

    /** Twice the shoelace area, positive for counter-clockwise. */
    static double signedArea(CoordinateSequence seq) {
        int n = seq.size();
        double x0 = seq.getX(0);
        double y0 = seq.getY(0);
        double sum = 0;
        for (int i = 1; i + 1 < n; i++) {
            sum += (seq.getX(i) - x0) * (seq.getY(i + 1) - y0) - (seq.getX(i + 1) - x0) * (seq.getY(i) - y0);
        }
        return sum;
    }
}
