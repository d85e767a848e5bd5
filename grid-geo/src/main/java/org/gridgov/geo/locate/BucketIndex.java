package org.gridgov.geo.locate;

/**
 * The point-location index: a uniform grid of buckets over the extent of all boundaries.
 *
 * <p>A bucket that no boundary edge touches stores the one grid it lies in (or none). Any other
 * bucket stores a record: the edges that touch it (in flat arrays), its candidate grids, and
 * which candidates contain its corner reference point {@code r = (x1, y0)} (bottom-right corner).
 * A query at {@code p} walks from {@code p} right to the bucket's right side and down that side
 * to {@code r}, toggling the candidates whose boundary it crosses: a grid contains {@code p}
 * exactly when it contains {@code r} and the walk crosses its boundary an even number of times.
 *
 * <p>All geometry is evaluated under the symbolic perturbation {@code p + (e, e*e)} for an
 * infinitesimal {@code e}, with exact orientation signs: that is the half-open rule documented on
 * {@link GridLocator}, and it makes the walk agree with a direct crossing-number test on every
 * polygon.
 *
 * <p>Compact, so that more of it stays in cache: a record ({@code int}s) keeps its edges as floats
 * relative to the bucket's bottom-left corner with the toggle bits of their one or two candidates
 * beside the segment number (up to {@value #NARROW_CANDIDATES} candidates). The walk decides each
 * crossing in floating point against an error bound that covers the rounding to float and falls
 * back to the exact double segments ({@link #segments}, read only then) when a sign is in doubt,
 * so the answers are exactly those of the double coordinates. Buckets where more grids meet keep
 * only segment numbers and walk exactly. Immutable after construction and thread-safe;
 * single-point queries allocate nothing (except in buckets where more than
 * {@value #NARROW_CANDIDATES} grids meet).
 */
final class BucketIndex {
    /** Ints of a record's header: edges, candidates (with {@link #WIDE}), corner bits, error bound, tolerance. */
    static final int HEADER = 5;
    /** Ints per edge in a narrow record: ax, ay, bx, by (float bits, relative to the bucket's corner), segment and toggle bits. */
    static final int EDGE = 5;
    /** Ints per edge in a wide record: segment, first candidate slot, second slot + 1 (0 for none). */
    static final int WIDE_EDGE = 3;
    /** Flag in a record's candidate count: more than {@link #NARROW_CANDIDATES} candidates, exact walk. */
    static final int WIDE = 1 << 31;
    /** At most this many candidates fit the toggle bits beside a narrow edge's segment number. */
    static final int NARROW_CANDIDATES = 8;
    /** Points per batch in {@link #locateAll}: enough independent memory loads in flight. */
    private static final int BATCH = 64;

    final int nx;
    final int ny;
    final double minX;
    final double minY;
    final double maxX;
    final double maxY;
    final double invW;
    final double invH;
    final double[] xs;
    final double[] ys;
    /** Per bucket: a grid index, {@code -1} for none, or {@code -2 - offset} of its record in {@link #data}. */
    final int[] bucket;
    /**
     * Records, each contiguous so that a lookup reads one or two cache lines: a header of
     * {@link #HEADER} ints; per edge {@link #EDGE} ints (narrow) or {@link #WIDE_EDGE} (wide); per
     * candidate {@code grid | containsCorner << 31}, by increasing grid index.
     */
    final int[] data;
    /** The exact segments, four doubles each (lower endpoint first): the exact fallback reads them. */
    final double[] segments;
    /** The grids each segment bounds: {@code segmentCells[2 * s]} and {@code [2 * s + 1]} (-1 for none). */
    final int[] segmentCells;

    BucketIndex(
            int nx,
            int ny,
            double minX,
            double minY,
            double maxX,
            double maxY,
            double[] xs,
            double[] ys,
            int[] bucket,
            int[] data,
            double[] segments,
            int[] segmentCells) {
        this.nx = nx;
        this.ny = ny;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.invW = nx / (maxX - minX);
        this.invH = ny / (maxY - minY);
        this.xs = xs;
        this.ys = ys;
        this.bucket = bucket;
        this.data = data;
        this.segments = segments;
        this.segmentCells = segmentCells;
    }

    /**
     * The grid index containing {@code (x, y)} under the half-open rule; else the lowest-numbered
     * grid on whose boundary the point lies (the outline of the union: its right and top sides,
     * and the sides of holes and of grids without area); else -1.
     */
    int locate(double x, double y) {
        if (!(x >= minX && x < maxX && y >= minY && y < maxY)) {
            return onClosedExtent(x, y);
        }
        int i = column(x);
        int j = row(y);
        int v = bucket[j * nx + i];
        if (v >= -1) {
            return v;
        }
        int o = -2 - v;
        int k = walk(o, x, y, i, j);
        return k >= 0 ? k : onBoundary(o, x, y);
    }

    /**
     * For a point the half-open extent excludes: on the extent's right or top side it may still lie
     * on a boundary ({@link #onBoundary}); anywhere else it is in no grid.
     */
    private int onClosedExtent(double x, double y) {
        if (!(x >= minX && x <= maxX && y >= minY && y <= maxY) || data == null || data.length == 0) {
            return -1;
        }
        int v = bucket[row(y) * nx + column(x)];
        return v >= -1 ? -1 : onBoundary(-2 - v, x, y);
    }

    /** The number of edges of the record at {@code o}. */
    int edges(int o) {
        return data[o];
    }

    /** The segment number of the record's {@code k}-th edge. */
    int segment(int o, int k) {
        return (data[o + 1] & WIDE) != 0 ? data[o + HEADER + WIDE_EDGE * k] : data[o + HEADER + EDGE * k + 4] >>> 8;
    }

    /**
     * The lowest-numbered grid whose boundary passes exactly through {@code (x, y)} among the edges
     * of the record at {@code o}, or -1. Every edge through a point touches the closed bucket that
     * holds the point, so the record has them all. Called only when the half-open walk found no
     * grid: on a clean coverage that is a point of the union's outline.
     */
    int onBoundary(int o, double x, double y) {
        double[] c = segments;
        int edges = data[o];
        int lowest = Integer.MAX_VALUE;
        for (int k = 0; k < edges; k++) {
            int s = segment(o, k);
            double ax = c[4 * s];
            double ay = c[4 * s + 1];
            double bx = c[4 * s + 2];
            double by = c[4 * s + 3];
            if (ay <= y
                    && y <= by
                    && Math.min(ax, bx) <= x
                    && x <= Math.max(ax, bx)
                    && ExactOrientation.sign(ax, ay, bx, by, x, y) == 0) {
                int b = segmentCells[2 * s + 1];
                lowest = Math.min(lowest, b >= 0 ? Math.min(segmentCells[2 * s], b) : segmentCells[2 * s]);
            }
        }
        return lowest == Integer.MAX_VALUE ? -1 : lowest;
    }

    /**
     * Locates {@code xs[i], ys[i]} into {@code out[i]} for {@code i} in {@code [0, n)}, in batches:
     * first every point's bucket, then every record's first cache lines, then the walks. The
     * loads of a batch are independent, so the processor overlaps their cache misses instead of
     * waiting for each in turn; the answers are those of {@link #locate}. The touched lines are
     * kept in an array so that the compiler cannot drop their loads. Allocates three small arrays
     * per call.
     */
    void locateAll(double[] pxs, double[] pys, int[] out, int n) {
        int[] where = new int[BATCH];
        int[] value = new int[BATCH];
        int[] touched = new int[BATCH];
        int last = data.length - 1;
        for (int base = 0; base < n; base += BATCH) {
            int len = Math.min(BATCH, n - base);
            for (int k = 0; k < len; k++) {
                double x = pxs[base + k];
                double y = pys[base + k];
                if (x >= minX && x < maxX && y >= minY && y < maxY) {
                    int b = row(y) * nx + column(x);
                    where[k] = b;
                    value[k] = bucket[b];
                } else {
                    where[k] = -1;
                    value[k] = -1;
                }
            }
            for (int k = 0; k < len; k++) {
                int o = -2 - value[k];
                if (o >= 0) {
                    touched[k] = data[o] ^ data[Math.min(o + 16, last)] ^ data[Math.min(o + 32, last)];
                }
            }
            for (int k = 0; k < len; k++) {
                int v = value[k];
                int b = where[k];
                if (v >= -1) {
                    out[base + k] = b < 0 ? onClosedExtent(pxs[base + k], pys[base + k]) : v;
                } else {
                    int found = walk(-2 - v, pxs[base + k], pys[base + k], b % nx, b / nx);
                    out[base + k] = found >= 0 ? found : onBoundary(-2 - v, pxs[base + k], pys[base + k]);
                }
            }
        }
    }

    int column(double x) {
        int i = (int) ((x - minX) * invW);
        if (i > nx - 1) {
            i = nx - 1;
        } else if (i < 0) {
            i = 0;
        }
        while (i > 0 && x < xs[i]) {
            i--;
        }
        while (i < nx - 1 && x >= xs[i + 1]) {
            i++;
        }
        return i;
    }

    int row(double y) {
        int j = (int) ((y - minY) * invH);
        if (j > ny - 1) {
            j = ny - 1;
        } else if (j < 0) {
            j = 0;
        }
        while (j > 0 && y < ys[j]) {
            j--;
        }
        while (j < ny - 1 && y >= ys[j + 1]) {
            j++;
        }
        return j;
    }

    /**
     * The walk of a lookup in bucket {@code (i, j)}: from the point right to the bucket's right side
     * and down to its bottom-right corner, toggling the candidates whose boundary it crosses.
     */
    private int walk(int o, double x, double y, int i, int j) {
        int[] d = data;
        int edges = d[o];
        int cands = d[o + 1];
        double x0 = xs[i];
        double y0 = ys[j];
        double x1 = xs[i + 1];
        if ((cands & WIDE) != 0) {
            return walkWide(o, edges, cands & ~WIDE, x, y, x1, y0);
        }
        double px = x - x0;
        double py = y - y0;
        double qx = x1 - x0;
        double bound = Float.intBitsToFloat(d[o + 3]);
        double tolerance = Float.intBitsToFloat(d[o + 4]);
        int inside = d[o + 2];
        int from = o + HEADER;
        int to = from + EDGE * edges;
        for (int e = from; e < to; e += EDGE) {
            int cross = crossesCompact(d, e, px, py, qx, bound, tolerance);
            if (cross < 0) {
                cross = crosses(segments, 4 * (d[e + 4] >>> 8), x, y, x1, y0) ? 1 : 0;
            }
            inside ^= -cross & d[e + 4] & 0xff;
        }
        return inside == 0 ? -1 : d[to + Integer.numberOfTrailingZeros(inside)] & ~WIDE;
    }

    private int walkWide(int o, int edges, int cands, double x, double y, double x1, double y0) {
        int[] d = data;
        int from = o + HEADER;
        int to = from + WIDE_EDGE * edges;
        boolean[] inside = new boolean[cands];
        for (int k = 0; k < cands; k++) {
            inside[k] = (d[to + k] & WIDE) != 0;
        }
        for (int e = from; e < to; e += WIDE_EDGE) {
            if (crosses(segments, 4 * d[e], x, y, x1, y0)) {
                inside[d[e + 1]] ^= true;
                int b = d[e + 2] - 1;
                if (b >= 0) {
                    inside[b] ^= true;
                }
            }
        }
        for (int k = 0; k < cands; k++) {
            if (inside[k]) {
                return d[to + k] & ~WIDE;
            }
        }
        return -1;
    }

    /**
     * {@link #crosses} on a narrow record's float edge, relative to the bucket's bottom-left corner
     * (the point at {@code (px, py)}, the bucket's right side at {@code qx}, its bottom at 0),
     * without data-dependent branches: 1 or 0 when the floating-point signs are sure, -1 when a
     * comparison or one of the three determinants that matters lies within the error that rounding
     * the edge to floats may have made ({@code tolerance} for coordinates, {@code bound} for
     * determinants; see {@link BucketIndexBuilder}); the caller then decides exactly.
     */
    static int crossesCompact(int[] d, int e, double px, double py, double qx, double bound, double tolerance) {
        double ax = Float.intBitsToFloat(d[e]);
        double ay = Float.intBitsToFloat(d[e + 1]);
        double bx = Float.intBitsToFloat(d[e + 2]);
        double by = Float.intBitsToFloat(d[e + 3]);
        double dx = bx - ax;
        double dy = by - ay;
        double lp = dx * (py - ay);
        double lr = dx * -ay;
        double rp = dy * (px - ax);
        double rq = dy * (qx - ax);
        double detP = lp - rp;
        double detQ = lp - rq;
        double detR = lr - rq;
        boolean spansY = (ay <= py) & (py < by);
        boolean spansX = (((ax <= qx) & (qx < bx)) | ((bx <= qx) & (qx < ax))) & (py > 0);
        boolean horizontal = spansY & ((detP > 0) ^ (detQ > 0));
        boolean vertical = spansX & ((detQ > 0) ^ (detR > 0));
        boolean unsureY = !(Math.abs(py - ay) > tolerance) | !(Math.abs(py - by) > tolerance);
        boolean unsureX = !(Math.abs(qx - ax) > tolerance) | !(Math.abs(qx - bx) > tolerance);
        boolean unsureP = !(Math.abs(detP) > bound);
        boolean unsureQ = !(Math.abs(detQ) > bound);
        boolean unsureR = !(Math.abs(detR) > bound);
        if (unsureY | unsureX | (spansY & (unsureP | unsureQ)) | (spansX & (unsureQ | unsureR))) {
            return -1;
        }
        return horizontal ^ vertical ? 1 : 0;
    }

    /**
     * Whether the segment at {@code e} (four doubles) crosses the walk from {@code p} right to {@code (x1, py)} and down to
     * {@code (x1, y0)}, all perturbed by {@code (e, e*e)}.
     */
    static boolean crosses(double[] d, int e, double px, double py, double x1, double y0) {
        double ax = d[e];
        double ay = d[e + 1];
        double bx = d[e + 2];
        double by = d[e + 3];
        boolean horizontal = false;
        if (ay <= py && py < by) {
            horizontal = leftOfUpward(ax, ay, bx, by, px, py) != leftOfUpward(ax, ay, bx, by, x1, py);
        }
        boolean vertical = false;
        if (py > y0 && Math.min(ax, bx) <= x1 && x1 < Math.max(ax, bx)) {
            vertical = above(ax, ay, bx, by, x1, py) != above(ax, ay, bx, by, x1, y0);
        }
        return horizontal != vertical;
    }

    /**
     * For an upward edge ({@code ay < by}) spanning {@code py} half-open: whether the perturbed
     * point lies strictly left of it, i.e. the edge crosses the rightward ray from it.
     */
    static boolean leftOfUpward(double ax, double ay, double bx, double by, double px, double py) {
        if (ax > px && bx > px) {
            return true;
        }
        if (ax <= px && bx <= px) {
            return false;
        }
        return ExactOrientation.sign(ax, ay, bx, by, px, py) > 0;
    }

    /**
     * For a non-vertical edge spanning {@code x} half-open: whether the point perturbed by
     * {@code (e, e*e)} lies above the edge's line.
     */
    static boolean above(double ax, double ay, double bx, double by, double x, double y) {
        if (ay < y && by < y) {
            return true;
        }
        if (ay > y && by > y) {
            return false;
        }
        if (ax > bx) {
            double t = ax;
            ax = bx;
            bx = t;
            t = ay;
            ay = by;
            by = t;
        }
        int s = ExactOrientation.sign(ax, ay, bx, by, x, y);
        return s > 0 || (s == 0 && by <= ay);
    }

    /** Bytes held by this index's arrays (array headers ignored). */
    long memoryBytes() {
        return 8L * (xs.length + ys.length + segments.length)
                + 4L * (bucket.length + data.length + segmentCells.length);
    }
}
