package org.gridgov.geo.layers;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A cheap proof of validity for the common feature, a polygon without holes and with few
 * vertices: when {@link #surelyValid} says yes, JTS {@code IsValidOp} would too, so the full
 * validity check (which builds a topology graph) runs only on the rest.
 *
 * <p>The proof: every coordinate finite, the ring closed with at least three distinct vertices and
 * no repeated consecutive vertex, no two non-adjacent edges meeting (touching included), and no two
 * adjacent edges folding back onto each other; all by JTS's robust orientation predicate. Such a
 * ring is simple, so the polygon is valid. Anything else answers no, which only means "ask
 * IsValidOp".
 */
final class SimplePolygons {
    /** Beyond this many vertices the quadratic edge test costs more than it saves. */
    static final int MAX_VERTICES = 64;

    private SimplePolygons() {}

    static boolean surelyValid(Geometry g) {
        if (!(g instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() != 0) {
            return false;
        }
        CoordinateSequence ring = p.getExteriorRing().getCoordinateSequence();
        int n = ring.size() - 1;
        if (n < 3 || n > MAX_VERTICES) {
            return false;
        }
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = ring.getX(i);
            y[i] = ring.getY(i);
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                return false;
            }
            if (i > 0 && x[i] == x[i - 1] && y[i] == y[i - 1]) {
                return false;
            }
        }
        if (x[0] != x[n] || y[0] != y[n]) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int next = (i + 1) % n;
            if (foldsBack(x, y, i, next)) {
                return false;
            }
            for (int j = i + 2; j < n; j++) {
                if (i == 0 && j == n - 1) {
                    continue;
                }
                if (meet(x[i], y[i], x[i + 1], y[i + 1], x[j], y[j], x[j + 1], y[j + 1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether edge {@code i -> i+1} and the following edge are collinear and turn back. */
    private static boolean foldsBack(double[] x, double[] y, int i, int next) {
        int o = orientation(x[i], y[i], x[i + 1], y[i + 1], x[next + 1], y[next + 1]);
        if (o != 0) {
            return false;
        }
        double dot = (x[i + 1] - x[i]) * (x[next + 1] - x[next]) + (y[i + 1] - y[i]) * (y[next + 1] - y[next]);
        return !(dot > 0);
    }

    /** Whether the closed segments {@code ab} and {@code cd} have a point in common. */
    private static boolean meet(
            double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        if (Math.max(ax, bx) < Math.min(cx, dx)
                || Math.max(cx, dx) < Math.min(ax, bx)
                || Math.max(ay, by) < Math.min(cy, dy)
                || Math.max(cy, dy) < Math.min(ay, by)) {
            return false;
        }
        int c = orientation(ax, ay, bx, by, cx, cy);
        int d = orientation(ax, ay, bx, by, dx, dy);
        int a = orientation(cx, cy, dx, dy, ax, ay);
        int b = orientation(cx, cy, dx, dy, bx, by);
        if (c * d > 0 || a * b > 0) {
            return false;
        }
        // collinear or crossing or touching: the envelopes overlap, so any zero means contact or a
        // collinear overlap (boxes overlapping on a common line); report it as meeting
        return true;
    }

    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        return CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy);
    }
}
