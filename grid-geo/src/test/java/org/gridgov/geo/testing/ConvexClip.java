package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Sutherland-Hodgman clipping of a convex ring to a box. A crossing point is computed from
 * the segment's endpoints in a canonical order, so two cells sharing an edge get the very
 * same crossing coordinate.
 */
final class ConvexClip {
    private ConvexClip() {}

    static Coordinate[] toBox(Coordinate[] closedRing, Envelope box) {
        List<Coordinate> ring = new ArrayList<>(List.of(closedRing).subList(0, closedRing.length - 1));
        ring = clip(ring, 0, box.getMinX(), true);
        ring = clip(ring, 0, box.getMaxX(), false);
        ring = clip(ring, 1, box.getMinY(), true);
        ring = clip(ring, 1, box.getMaxY(), false);
        if (ring.size() < 3) {
            return new Coordinate[0];
        }
        ring.add(new Coordinate(ring.get(0)));
        return ring.toArray(new Coordinate[0]);
    }

    private static List<Coordinate> clip(List<Coordinate> ring, int axis, double at, boolean keepAbove) {
        List<Coordinate> out = new ArrayList<>(ring.size() + 2);
        for (int i = 0; i < ring.size(); i++) {
            Coordinate a = ring.get(i);
            Coordinate b = ring.get((i + 1) % ring.size());
            boolean aIn = inside(a, axis, at, keepAbove);
            boolean bIn = inside(b, axis, at, keepAbove);
            if (aIn) {
                out.add(a);
            }
            if (aIn != bIn) {
                out.add(crossing(a, b, axis, at));
            }
        }
        return out;
    }

    private static boolean inside(Coordinate c, int axis, double at, boolean keepAbove) {
        double v = axis == 0 ? c.x : c.y;
        return keepAbove ? v >= at : v <= at;
    }

    private static Coordinate crossing(Coordinate a, Coordinate b, int axis, double at) {
        boolean swap = a.x > b.x || (a.x == b.x && a.y > b.y);
        Coordinate p = swap ? b : a;
        Coordinate q = swap ? a : b;
        if (axis == 0) {
            double t = (at - p.x) / (q.x - p.x);
            return new Coordinate(at, p.y + t * (q.y - p.y));
        }
        double t = (at - p.y) / (q.y - p.y);
        return new Coordinate(p.x + t * (q.x - p.x), at);
    }
}
