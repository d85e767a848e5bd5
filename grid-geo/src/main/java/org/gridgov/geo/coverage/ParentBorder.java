package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The parent's rings, reversed (the parent seen from outside), with each segment split at
 * every child vertex lying exactly on it: a parent is drawn with fewer vertices than the
 * children along its border, and those extra vertices are not defects. The split of each
 * original segment is recomputed when a nearby child is redrawn. Not thread-safe.
 */
final class ParentBorder {
    private final List<double[]> segments = new ArrayList<>();
    private final List<List<double[]>> splits = new ArrayList<>();

    ParentBorder(Geometry parent) {
        RingSegments.forEach(parent, true, (ax, ay, bx, by) -> segments.add(new double[] {ax, ay, bx, by}));
    }

    /**
     * Splits every segment against the current cells and adds the pieces to the table. The
     * candidate cells come from a grid over the parent's segments, not from the cell index,
     * so a clean check never builds the index; the exact test is the same as in
     * {@link #update}, so both give the same pieces.
     */
    void addAll(CoverageState s) {
        List<List<double[]>> onIt = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            onIt.add(new ArrayList<>());
        }
        SegmentGrid grid = new SegmentGrid(segments);
        for (int k = 0; k < s.geoms.length; k++) {
            for (int i : grid.query(s.envelopes[k])) {
                collect(segments.get(i), s.geoms[k], onIt.get(i));
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            List<double[]> pieces = pieces(segments.get(i), onIt.get(i));
            splits.add(pieces);
            add(pieces, s.table, 1);
        }
    }

    /** Re-splits the segments near any of {@code dirty}; returns the pieces removed and added. */
    List<double[]> update(List<Envelope> dirty, CoverageState s) {
        List<double[]> touched = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            double[] seg = segments.get(i);
            Envelope box = new Envelope(seg[0], seg[2], seg[1], seg[3]);
            if (dirty.stream().anyMatch(box::intersects)) {
                add(splits.get(i), s.table, -1);
                touched.addAll(splits.get(i));
                List<double[]> pieces = split(seg, s);
                splits.set(i, pieces);
                add(pieces, s.table, 1);
                touched.addAll(pieces);
            }
        }
        return touched;
    }

    /** The pieces as they are now, for edge-mismatch tests against the parent. */
    List<double[]> pieces() {
        List<double[]> all = new ArrayList<>();
        splits.forEach(all::addAll);
        return all;
    }

    private static void add(List<double[]> pieces, SegmentTable table, int delta) {
        for (double[] p : pieces) {
            table.add(p[0], p[1], p[2], p[3], SegmentTable.OUTSIDE, delta);
        }
    }

    private static List<double[]> split(double[] seg, CoverageState s) {
        List<double[]> onIt = new ArrayList<>();
        for (int k : s.index().query(new Envelope(seg[0], seg[2], seg[1], seg[3]))) {
            collect(seg, s.geoms[k], onIt);
        }
        return pieces(seg, onIt);
    }

    /** Adds every vertex of {@code g} lying exactly inside segment {@code seg} as (parameter, x, y). */
    private static void collect(double[] seg, Geometry g, List<double[]> onIt) {
        Coordinate a = new Coordinate(seg[0], seg[1]);
        Coordinate b = new Coordinate(seg[2], seg[3]);
        Envelope env = new Envelope(a, b);
        if (!env.intersects(g.getEnvelopeInternal())) {
            return;
        }
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double len2 = dx * dx + dy * dy;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            for (CoordinateSequence ring : rings(g.getGeometryN(i))) {
                for (int j = 0; j < ring.size(); j++) {
                    double x = ring.getX(j);
                    double y = ring.getY(j);
                    if (env.contains(x, y)
                            && !(x == a.x && y == a.y)
                            && !(x == b.x && y == b.y)
                            && Orientation.index(a, b, new Coordinate(x, y)) == Orientation.COLLINEAR) {
                        onIt.add(new double[] {((x - a.x) * dx + (y - a.y) * dy) / len2, x, y});
                    }
                }
            }
        }
    }

    private static List<double[]> pieces(double[] seg, List<double[]> onIt) {
        onIt.sort((p, q) -> p[0] != q[0]
                ? Double.compare(p[0], q[0])
                : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[2], q[2]));
        List<double[]> pieces = new ArrayList<>(onIt.size() + 1);
        double px = seg[0];
        double py = seg[1];
        for (double[] v : onIt) {
            if (v[1] != px || v[2] != py) {
                pieces.add(new double[] {px, py, v[1], v[2]});
                px = v[1];
                py = v[2];
            }
        }
        pieces.add(new double[] {px, py, seg[2], seg[3]});
        return pieces;
    }

    private static List<CoordinateSequence> rings(Geometry part) {
        List<CoordinateSequence> out = new ArrayList<>();
        if (part instanceof org.locationtech.jts.geom.Polygon p && !p.isEmpty()) {
            out.add(p.getExteriorRing().getCoordinateSequence());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.add(p.getInteriorRingN(h).getCoordinateSequence());
            }
        }
        return out;
    }
}
