package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Walkable roads: a graph whose nodes are the roads' vertices (lines meet where they share a
 * vertex exactly; crossing lines without a shared vertex do not meet, as a bridge over a road does
 * not) and whose edges are the segments, each as long as {@link Geodesy#distance} says. A point
 * joins the network at the nearest point of the nearest road (nearest on the plane tangent at the
 * point's latitude); the straight connector counts as walked.
 *
 * <p>Immutable after {@link #of}, thread-safe. Does not check that the roads are connected: a home
 * on a road no station's road meets is unreachable.
 */
public final class RoadNetwork {
    final int nodes;
    /** Segment s runs from node {@code from[s]} to node {@code to[s]}. */
    final int[] from;

    final int[] to;
    final double[] length;
    final double[] xs;
    final double[] ys;
    /** Adjacency in compressed rows: the segments at node n are {@code adjSeg[adjStart[n] .. adjStart[n+1])}. */
    final int[] adjStart;

    final int[] adjSeg;
    private final STRtree segments;

    private RoadNetwork(int nodes, int[] from, int[] to, double[] xs, double[] ys) {
        this.nodes = nodes;
        this.from = from;
        this.to = to;
        this.xs = xs;
        this.ys = ys;
        int m = from.length;
        this.length = new double[m];
        int[] degree = new int[nodes + 1];
        segments = new STRtree();
        for (int s = 0; s < m; s++) {
            length[s] = Geodesy.distance(xs[from[s]], ys[from[s]], xs[to[s]], ys[to[s]]);
            degree[from[s] + 1]++;
            degree[to[s] + 1]++;
            segments.insert(new org.locationtech.jts.geom.Envelope(xs[from[s]], xs[to[s]], ys[from[s]], ys[to[s]]), s);
        }
        for (int n = 0; n < nodes; n++) {
            degree[n + 1] += degree[n];
        }
        adjStart = degree.clone();
        adjSeg = new int[2 * m];
        int[] fill = new int[nodes];
        for (int s = 0; s < m; s++) {
            adjSeg[adjStart[from[s]] + fill[from[s]]++] = s;
            adjSeg[adjStart[to[s]] + fill[to[s]]++] = s;
        }
        if (m > 0) {
            segments.build();
        }
    }

    /**
     * The network of these lines (LineStrings or MultiLineStrings in lon/lat degrees; other
     * geometries are an {@link InvalidInputException} naming their position). Zero-length segments
     * are left out.
     */
    public static RoadNetwork of(List<? extends Geometry> roads) {
        requireNonNull(roads, "roads");
        Map<Coordinate, Integer> ids = new HashMap<>();
        IntList from = new IntList();
        IntList to = new IntList();
        DoubleList xs = new DoubleList();
        DoubleList ys = new DoubleList();
        for (int i = 0; i < roads.size(); i++) {
            Geometry g = requireNonNull(roads.get(i), "roads[" + i + "]");
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (!(g.getGeometryN(p) instanceof LineString line)) {
                    throw new InvalidInputException(
                            "roads[" + i + "]", "a road is a LineString or MultiLineString", g.getGeometryType());
                }
                Coordinate[] cs = line.getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    Coordinate a = new Coordinate(cs[k - 1].x, cs[k - 1].y);
                    Coordinate b = new Coordinate(cs[k].x, cs[k].y);
                    if (!Double.isFinite(a.x + a.y + b.x + b.y)) {
                        throw new InvalidInputException(
                                "roads[" + i + "]", "coordinates are finite", "NaN or infinite");
                    }
                    if (a.equals2D(b)) {
                        continue;
                    }
                    from.add(node(ids, a, xs, ys));
                    to.add(node(ids, b, xs, ys));
                }
            }
        }
        return new RoadNetwork(ids.size(), from.toArray(), to.toArray(), xs.toArray(), ys.toArray());
    }

    private static int node(Map<Coordinate, Integer> ids, Coordinate c, DoubleList xs, DoubleList ys) {
        Integer id = ids.get(c);
        if (id == null) {
            id = ids.size();
            ids.put(c, id);
            xs.add(c.x);
            ys.add(c.y);
        }
        return id;
    }

    /** The number of road segments. */
    public int segmentCount() {
        return from.length;
    }

    /** The number of road vertices (graph nodes). */
    public int nodeCount() {
        return nodes;
    }

    /**
     * Where a point joins the network: the nearest point of the nearest segment, or null when there
     * are no roads. Ties go to the lower segment number.
     */
    Snap snap(double lon, double lat) {
        if (from.length == 0) {
            return null;
        }
        double kx = LocalPlane.metresPerDegreeLon(lat);
        double ky = LocalPlane.metresPerDegreeLat(lat);
        Object first = segments.nearestNeighbour(
                new org.locationtech.jts.geom.Envelope(lon, lon, lat, lat),
                null,
                (a, b) -> planar(lon, lat, 1, 1, (Integer) (a.getItem() == null ? b.getItem() : a.getItem())));
        double best = planar(lon, lat, kx, ky, (Integer) first);
        int bestSeg = (Integer) first;
        // nearestNeighbour finds the nearest in degrees; the window search below makes it exact in metres.
        for (Object o : segments.query(windowPlanar(lon, lat, kx, ky, best))) {
            int s = (Integer) o;
            double d = planar(lon, lat, kx, ky, s);
            if (d < best || (d == best && s < bestSeg)) {
                best = d;
                bestSeg = s;
            }
        }
        return Snap.onto(this, bestSeg, lon, lat, kx, ky);
    }

    private static org.locationtech.jts.geom.Envelope windowPlanar(
            double lon, double lat, double kx, double ky, double metres) {
        double dx = metres / kx * 1.000001 + 1e-12;
        double dy = metres / ky * 1.000001 + 1e-12;
        return new org.locationtech.jts.geom.Envelope(lon - dx, lon + dx, lat - dy, lat + dy);
    }

    private double planar(double lon, double lat, double kx, double ky, int s) {
        double ax = (xs[from[s]] - lon) * kx;
        double ay = (ys[from[s]] - lat) * ky;
        double bx = (xs[to[s]] - lon) * kx;
        double by = (ys[to[s]] - lat) * ky;
        double t = Snap.along(ax, ay, bx, by);
        return Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
    }

    /** A growable int array. */
    static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** A growable double array. */
    static final class DoubleList {
        private double[] values = new double[16];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
