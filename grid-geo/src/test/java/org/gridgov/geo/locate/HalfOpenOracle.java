package org.gridgov.geo.locate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The brute-force oracle: applies the documented half-open rule of {@link GridLocator} directly
 * to each polygon, ring by ring, in exact BigDecimal arithmetic, and for points that rule puts in
 * no grid asks JTS ({@link IndexedPointInAreaLocator}, robust orientation) whether the point lies
 * on a grid's boundary. An envelope tree only skips polygons whose closed envelope (of all their
 * rings) does not contain the point: they cannot contain it.
 */
final class HalfOpenOracle {
    private final List<? extends Geometry> grids;
    private final STRtree tree = new STRtree();
    /** JTS's indexed point-in-area test per grid, built on first use (robust orientation on edges). */
    private final java.util.Map<Integer, IndexedPointInAreaLocator> boundaryLocators =
            new java.util.concurrent.ConcurrentHashMap<>();

    HalfOpenOracle(List<? extends Geometry> grids) {
        this.grids = grids;
        for (int k = 0; k < grids.size(); k++) {
            // Not getEnvelopeInternal(): JTS takes a polygon's envelope from its shell alone, and in
            // dirty data a hole may reach beyond its shell.
            Envelope all = new Envelope();
            for (Coordinate c : grids.get(k).getCoordinates()) {
                all.expandToInclude(c);
            }
            tree.insert(all, k);
        }
        tree.build();
    }

    /**
     * The first grid (by index) containing the point under the half-open rule, else the first
     * whose boundary the point lies on (JTS), else -1: the locator's documented answer.
     */
    int locate(double x, double y) {
        List<Integer> all = containing(x, y);
        if (!all.isEmpty()) {
            return all.get(0);
        }
        List<Integer> on = onBoundary(x, y);
        return on.isEmpty() ? -1 : on.get(0);
    }

    /** Every grid whose boundary passes through the point, by increasing index, as JTS sees it. */
    List<Integer> onBoundary(double x, double y) {
        List<Integer> out = new ArrayList<>();
        Coordinate p = new Coordinate(x, y);
        @SuppressWarnings("unchecked")
        List<Integer> candidates = tree.query(new Envelope(x, x, y, y));
        candidates.sort(null);
        for (int k : candidates) {
            if (boundaryLocators
                            .computeIfAbsent(k, i -> new IndexedPointInAreaLocator(grids.get(i)))
                            .locate(p)
                    == Location.BOUNDARY) {
                out.add(k);
            }
        }
        return out;
    }

    /** Every grid containing the point under the rule, by increasing index. */
    List<Integer> containing(double x, double y) {
        List<Integer> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Integer> candidates = tree.query(new Envelope(x, x, y, y));
        candidates.sort(null);
        for (int k : candidates) {
            if (contains(grids.get(k), x, y)) {
                out.add(k);
            }
        }
        return out;
    }

    static boolean contains(Geometry grid, double x, double y) {
        boolean odd = false;
        for (int p = 0; p < grid.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) grid.getGeometryN(p);
            odd ^= crossingsOdd(polygon.getExteriorRing(), x, y);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                odd ^= crossingsOdd(polygon.getInteriorRingN(h), x, y);
            }
        }
        return odd;
    }

    private static boolean crossingsOdd(LineString ring, double x, double y) {
        Coordinate[] c = ring.getCoordinates();
        boolean odd = false;
        for (int i = 0; i + 1 < c.length; i++) {
            Coordinate a = c[i];
            Coordinate b = c[i + 1];
            if (a.y > b.y) {
                Coordinate t = a;
                a = b;
                b = t;
            }
            if (a.y <= y && y < b.y && strictlyLeft(a, b, x, y)) {
                odd = !odd;
            }
        }
        return odd;
    }

    private static boolean strictlyLeft(Coordinate a, Coordinate b, double x, double y) {
        // The edge spans y, so its crossing lies between its endpoints' x.
        if (a.x > x && b.x > x) {
            return true;
        }
        if (a.x <= x && b.x <= x) {
            return false;
        }
        BigDecimal ax = new BigDecimal(a.x);
        BigDecimal ay = new BigDecimal(a.y);
        BigDecimal det = new BigDecimal(b.x)
                .subtract(ax)
                .multiply(new BigDecimal(y).subtract(ay))
                .subtract(new BigDecimal(b.y).subtract(ay).multiply(new BigDecimal(x).subtract(ax)));
        return det.signum() > 0;
    }
}
