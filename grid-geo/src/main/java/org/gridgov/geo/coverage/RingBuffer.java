package org.gridgov.geo.coverage;

import java.util.Arrays;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * One ring's coordinates copied into primitive arrays, with its signed area, so that the
 * hot loops (segment hashing, the simple-ring test) read each vertex once from JTS's
 * object graph and then work on cache-friendly doubles. Reused ring after ring; not
 * thread-safe.
 */
final class RingBuffer {
    private static final int FAST_MAX = 64;
    /** Bound on the relative error of the plain orientation determinant (Shewchuk's filter). */
    private static final double ERR = 3.3306690738754716e-16;

    double[] xs = new double[64];
    double[] ys = new double[64];
    int size;
    /** Twice the shoelace area, positive for counter-clockwise. */
    double area2;

    /** Loads {@code seq}; returns this. */
    RingBuffer load(CoordinateSequence seq) {
        if (seq instanceof PackedCoordinateSequence.Double packed) {
            return load(packed.getRawCoordinates(), packed.getDimension(), packed.size());
        }
        Coordinate[] coords = seq.toCoordinateArray();
        int n = coords.length;
        fit(n);
        for (int i = 0; i < n; i++) {
            xs[i] = coords[i].x;
            ys[i] = coords[i].y;
        }
        return measure(n);
    }

    /**
     * Loads {@code n} positions packed {@code dimension} doubles apiece (as the GeoJSON reader
     * builds rings), without making a {@code Coordinate} per position; returns this.
     */
    private RingBuffer load(double[] packed, int dimension, int n) {
        fit(n);
        for (int i = 0, k = 0; i < n; i++, k += dimension) {
            xs[i] = packed[k];
            ys[i] = packed[k + 1];
        }
        return measure(n);
    }

    private void fit(int n) {
        if (n > xs.length) {
            xs = Arrays.copyOf(xs, Math.max(n, xs.length * 2));
            ys = Arrays.copyOf(ys, xs.length);
        }
    }

    /** Takes the first {@code n} loaded positions as the ring and sums its shoelace area about the first. */
    private RingBuffer measure(int n) {
        double sum = 0;
        double x0 = n > 0 ? xs[0] : 0;
        double y0 = n > 0 ? ys[0] : 0;
        double px = 0;
        double py = 0;
        for (int i = 0; i < n; i++) {
            double dx = xs[i] - x0;
            double dy = ys[i] - y0;
            sum += px * dy - dx * py;
            px = dx;
            py = dy;
        }
        size = n;
        area2 = sum;
        return this;
    }

    /** Adds ({@code delta = 1}) or removes the ring's segments, oriented as asked. */
    void addTo(SegmentTable table, boolean counterClockwise, int cell, int delta) {
        int n = size;
        if (n < 2) {
            return;
        }
        boolean reverse = (area2 > 0) != counterClockwise;
        for (int i = 0; i + 1 < n; i++) {
            int a = reverse ? n - 1 - i : i;
            int b = reverse ? n - 2 - i : i + 1;
            double ax = xs[a];
            double ay = ys[a];
            double bx = xs[b];
            double by = ys[b];
            if (ax != bx || ay != by) {
                table.add(ax, ay, bx, by, cell, delta);
            }
        }
    }

    /**
     * True when the ring is certainly a simple, closed, finite ring of 4 to 65 positions
     * with non-zero area: no repeated vertex, no spike, no two non-consecutive segments
     * touching. False means "not sure": ask JTS.
     */
    boolean isCertainlySimple() {
        int n = size;
        if (n < 4 || n > FAST_MAX + 1 || xs[0] != xs[n - 1] || ys[0] != ys[n - 1] || area2 == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                return false;
            }
        }
        int m = n - 1;
        for (int i = 0; i < m; i++) {
            if (xs[i] == xs[i + 1] && ys[i] == ys[i + 1]) {
                return false;
            }
        }
        for (int i = 0; i < m; i++) {
            int prev = i == 0 ? m - 1 : i - 1;
            if (orient(prev, i, i + 1) == 0) {
                return false;
            }
            for (int j = i + 2; j < m; j++) {
                if (i == 0 && j == m - 1) {
                    continue;
                }
                if (touches(i, i + 1, j, j + 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean touches(int a, int b, int c, int d) {
        if (Math.max(xs[a], xs[b]) < Math.min(xs[c], xs[d])
                || Math.max(xs[c], xs[d]) < Math.min(xs[a], xs[b])
                || Math.max(ys[a], ys[b]) < Math.min(ys[c], ys[d])
                || Math.max(ys[c], ys[d]) < Math.min(ys[a], ys[b])) {
            return false;
        }
        return orient(a, b, c) * orient(a, b, d) <= 0 && orient(c, d, a) * orient(c, d, b) <= 0;
    }

    private int orient(int p, int q, int r) {
        double detLeft = (xs[p] - xs[r]) * (ys[q] - ys[r]);
        double detRight = (ys[p] - ys[r]) * (xs[q] - xs[r]);
        double det = detLeft - detRight;
        double bound = ERR * (Math.abs(detLeft) + Math.abs(detRight));
        if (det > bound) {
            return 1;
        }
        if (det < -bound) {
            return -1;
        }
        return CGAlgorithmsDD.orientationIndex(xs[p], ys[p], xs[q], ys[q], xs[r], ys[r]);
    }
}
