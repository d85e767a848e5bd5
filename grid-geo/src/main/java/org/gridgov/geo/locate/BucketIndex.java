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
 * A single-point query reads the bucket's slot first ({@link BucketSlots}), which answers most
 * buckets without the record.
 *
 * <p>All geometry is evaluated under the symbolic perturbation {@code p + (e, e*e)} for an
 * infinitesimal {@code e}, with exact orientation signs: that is the half-open rule documented on
 * {@link GridLocator}, and it makes the walk agree with a direct crossing-number test on every
 * polygon. Immutable after construction and thread-safe; single-point queries allocate nothing
 * (except in buckets where more than 64 grids meet).
 */
final class BucketIndex {
    /** Longs per edge in a record: ax, ay, bx, by (raw double bits), toggle mask. */
    static final int EDGE = 5;
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
     * Records, each contiguous so that a query reads one or two cache lines: a header
     * {@code edges << 32 | candidates}; for at most 64 candidates the bit set of candidates that
     * contain the corner; per edge {@link #EDGE} longs (lower endpoint, upper endpoint, the toggle
     * bits of its one or two candidates, or for wide records {@code a | (b + 1) << 32}); per
     * candidate {@code grid | containsCorner << 32}, by increasing grid index.
     */
    final long[] data;
    /** Local units per unit of x and y in {@link BucketSlots}. */
    final double qx;

    final double qy;
    /** One {@link BucketSlots} slot per bucket (two longs): the answer from one cache line for most buckets. */
    final long[] slots;

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
            long[] data) {
        this(nx, ny, minX, minY, maxX, maxY, xs, ys, bucket, data, BucketSlots.ANSWER_LIMIT);
    }

    /**
     * An index whose slots hold answers (grid index plus one) up to {@code answerLimit}; buckets
     * with larger answers walk. Tests lower the limit to reach that case without a million grids.
     */
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
            long[] data,
            int answerLimit) {
        this.nx = nx;
        this.ny = ny;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.invW = inverse(minX, maxX, nx);
        this.invH = inverse(minY, maxY, ny);
        this.xs = xs;
        this.ys = ys;
        this.bucket = bucket;
        this.data = data;
        this.qx = BucketSlots.SIDE * invW;
        this.qy = BucketSlots.SIDE * invH;
        this.slots = data == null ? null : BucketSlots.build(this, answerLimit);
    }

    /**
     * The grid index containing {@code (x, y)} under the half-open rule; else the lowest-numbered
     * grid on whose boundary the point lies (the outline of the union: its right and top sides,
     * and the sides of holes and of grids without area); else -1. The bucket's slot decides when
     * the point is clearly within one of the slot's sectors (one side of a line, or a sector
     * around a vertex; or the bucket has no edges); otherwise the record is walked. The outline rule needs no branch on the slot's path: a point on an
     * edge is always within the slot's doubt band.
     */
    int locate(double x, double y) {
        if (!(x >= minX && x < maxX && y >= minY && y < maxY)) {
            return onClosedExtent(x, y);
        }
        int i = column(x);
        int j = row(y);
        int b = j * nx + i;
        long shape = slots[2 * b];
        long answers = slots[2 * b + 1];
        int k = BucketSlots.decide(shape, answers, (x - xs[i]) * qx, (y - ys[j]) * qy);
        return k != BucketSlots.UNDECIDED ? k : undecided(shape, answers, b, x, y, i, j);
    }

    /**
     * A lookup the slot did not decide: a walking slot walks the word it holds; a point in the
     * doubt band of a bucket without edges has its one answer; any other walks the bucket's record.
     */
    private int undecided(long shape, long answers, int b, double x, double y, int i, int j) {
        return switch (BucketSlots.kind(shape)) {
            case BucketSlots.WALK -> walkBucket(BucketSlots.word(answers), x, y, i, j);
            case BucketSlots.EMPTY -> BucketSlots.answer(answers, 0);
            default -> walkBucket(bucket[b], x, y, i, j);
        };
    }

    /** The answer in a bucket whose value is {@code v}, walking its record if it has one. */
    private int walkBucket(int v, double x, double y, int i, int j) {
        return v >= -1 ? v : walkRecord(-2 - v, x, y, i, j);
    }

    /** The answer of the walk through the record at {@code o} of bucket {@code (i, j)}. */
    int walkRecord(int o, double x, double y, int i, int j) {
        int k = walk(o, data[o], x, y, xs[i + 1], ys[j]);
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

    /**
     * The lowest-numbered grid whose boundary passes exactly through {@code (x, y)} among the edges
     * of the record at {@code o}, or -1. Every edge through a point touches the closed bucket that
     * holds the point, so the record has them all. Called only when the half-open walk found no
     * grid: on a clean coverage that is a point of the union's outline.
     */
    int onBoundary(int o, double x, double y) {
        long[] d = data;
        long header = d[o];
        int edges = (int) (header >>> 32);
        int cands = (int) header;
        int from = o + 2;
        int to = from + EDGE * edges;
        long mask = 0;
        int lowestSlot = Integer.MAX_VALUE;
        for (int e = from; e < to; e += EDGE) {
            double ax = Double.longBitsToDouble(d[e]);
            double ay = Double.longBitsToDouble(d[e + 1]);
            double bx = Double.longBitsToDouble(d[e + 2]);
            double by = Double.longBitsToDouble(d[e + 3]);
            if (ay <= y
                    && y <= by
                    && Math.min(ax, bx) <= x
                    && x <= Math.max(ax, bx)
                    && ExactOrientation.sign(ax, ay, bx, by, x, y) == 0) {
                if (cands <= 64) {
                    mask |= d[e + 4];
                } else {
                    long slots = d[e + 4];
                    int b = (int) (slots >>> 32) - 1;
                    lowestSlot = Math.min(lowestSlot, b >= 0 ? Math.min((int) slots, b) : (int) slots);
                }
            }
        }
        if (cands <= 64) {
            return mask == 0 ? -1 : (int) d[to + Long.numberOfTrailingZeros(mask)];
        }
        return lowestSlot == Integer.MAX_VALUE ? -1 : (int) d[to + lowestSlot];
    }

    /**
     * Locates {@code xs[i], ys[i]} into {@code out[i]} for {@code i} in {@code [0, n)}, in batches:
     * first every point's slot, then the decisions, walking the few points a slot leaves
     * undecided. The slot reads of a batch are independent, so the processor overlaps their cache
     * misses instead of waiting for each in turn; the answers are those of {@link #locate}.
     * Allocates five small arrays per call.
     */
    void locateAll(double[] pxs, double[] pys, int[] out, int n) {
        int[] columns = new int[BATCH];
        int[] rows = new int[BATCH];
        long[] shapes = new long[BATCH];
        long[] answers = new long[BATCH];
        boolean[] inside = new boolean[BATCH];
        for (int base = 0; base < n; base += BATCH) {
            int len = Math.min(BATCH, n - base);
            for (int k = 0; k < len; k++) {
                double x = pxs[base + k];
                double y = pys[base + k];
                inside[k] = x >= minX && x < maxX && y >= minY && y < maxY;
                int i = column(x);
                int j = row(y);
                int b = j * nx + i;
                columns[k] = i;
                rows[k] = j;
                shapes[k] = slots[2 * b];
                answers[k] = slots[2 * b + 1];
            }
            for (int k = 0; k < len; k++) {
                double x = pxs[base + k];
                double y = pys[base + k];
                if (!inside[k]) {
                    out[base + k] = onClosedExtent(x, y);
                    continue;
                }
                int i = columns[k];
                int j = rows[k];
                int found = BucketSlots.decide(shapes[k], answers[k], (x - xs[i]) * qx, (y - ys[j]) * qy);
                out[base + k] = found != BucketSlots.UNDECIDED
                        ? found
                        : undecided(shapes[k], answers[k], j * nx + i, x, y, i, j);
            }
        }
    }

    /**
     * The column of {@code x}: {@code xs[i] <= x < xs[i + 1]} for {@code x} in the extent (the
     * boundaries are the exact points where this arithmetic steps, see {@link #boundaries}), the
     * nearest column outside it.
     */
    int column(double x) {
        return clamp((int) ((x - minX) * invW), nx);
    }

    /** The row of {@code y}, as {@link #column} for x. */
    int row(double y) {
        return clamp((int) ((y - minY) * invH), ny);
    }

    private static int clamp(int k, int n) {
        return k > n - 1 ? n - 1 : k < 0 ? 0 : k;
    }

    /** Buckets per unit along an axis from {@code min} to {@code max} with {@code n} buckets. */
    static double inverse(double min, double max, int n) {
        return n / (max - min);
    }

    /**
     * The {@code n + 1} bucket boundaries from {@code min} to {@code max}: {@code b[k]} is the
     * smallest double at which {@code (int) ((x - min) * inverse)} reaches {@code k} (floating point
     * makes that arithmetic non-decreasing in {@code x}), so a point's bucket is that arithmetic
     * alone, and it lies within its bucket's boundaries exactly.
     */
    static double[] boundaries(double min, double max, int n) {
        double inverse = inverse(min, max, n);
        double[] b = new double[n + 1];
        b[0] = min;
        for (int k = 1; k < n; k++) {
            // bisect the doubles in [min, max] in their order: at most 64 steps
            long lo = order(min);
            long hi = order(max);
            while (lo + 1 < hi) {
                long mid = (lo & hi) + ((lo ^ hi) >> 1);
                if ((int) ((unorder(mid) - min) * inverse) >= k) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            b[k] = unorder(hi);
        }
        b[n] = max;
        return b;
    }

    /** A long whose order is the order of the doubles (negative zero as zero). */
    private static long order(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static double unorder(long key) {
        return Double.longBitsToDouble(key < 0 ? Long.MIN_VALUE - key : key);
    }

    private int walk(int o, long header, double x, double y, double x1, double y0) {
        long[] d = data;
        int edges = (int) (header >>> 32);
        int cands = (int) header;
        int from = o + 2;
        int to = from + EDGE * edges;
        if (cands > 64) {
            return locateWide(from, to, cands, x, y, x1, y0);
        }
        long inside = d[o + 1];
        for (int e = from; e < to; e += EDGE) {
            inside ^= crossesFast(d, e, x, y, x1, y0) ? d[e + 4] : 0L;
        }
        return inside == 0 ? -1 : (int) d[to + Long.numberOfTrailingZeros(inside)];
    }

    private int locateWide(int from, int to, int cands, double x, double y, double x1, double y0) {
        boolean[] inside = new boolean[cands];
        for (int k = 0; k < cands; k++) {
            inside[k] = (data[to + k] >>> 32) != 0;
        }
        for (int e = from; e < to; e += EDGE) {
            if (crosses(data, e, x, y, x1, y0)) {
                long slots = data[e + 4];
                inside[(int) slots] ^= true;
                int b = (int) (slots >>> 32) - 1;
                if (b >= 0) {
                    inside[b] ^= true;
                }
            }
        }
        for (int k = 0; k < cands; k++) {
            if (inside[k]) {
                return (int) data[to + k];
            }
        }
        return -1;
    }

    /**
     * {@link #crosses}, evaluated without data-dependent branches: the three orientation
     * determinants the walk needs (at {@code p}, at {@code q = (x1, py)} and at the corner
     * {@code r = (x1, y0)}) in floating point, falling back to the exact predicate only when one
     * that matters is within its rounding error bound (points on or very near the edge's line).
     */
    static boolean crossesFast(long[] d, int e, double px, double py, double x1, double y0) {
        double ax = Double.longBitsToDouble(d[e]);
        double ay = Double.longBitsToDouble(d[e + 1]);
        double bx = Double.longBitsToDouble(d[e + 2]);
        double by = Double.longBitsToDouble(d[e + 3]);
        double dx = bx - ax;
        double dy = by - ay;
        double lp = dx * (py - ay);
        double lr = dx * (y0 - ay);
        double rp = dy * (px - ax);
        double rq = dy * (x1 - ax);
        double detP = lp - rp;
        double detQ = lp - rq;
        double detR = lr - rq;
        boolean spansY = (ay <= py) & (py < by);
        boolean spansX = (((ax <= x1) & (x1 < bx)) | ((bx <= x1) & (x1 < ax))) & (py > y0);
        boolean horizontal = spansY & ((detP > 0) ^ (detQ > 0));
        boolean vertical = spansX & ((detQ > 0) ^ (detR > 0));
        boolean unsureP = Math.abs(detP) <= ExactOrientation.bound(lp, rp);
        boolean unsureQ = Math.abs(detQ) <= ExactOrientation.bound(lp, rq);
        boolean unsureR = Math.abs(detR) <= ExactOrientation.bound(lr, rq);
        if ((spansY & (unsureP | unsureQ)) | (spansX & (unsureQ | unsureR))) {
            return crosses(d, e, px, py, x1, y0);
        }
        return horizontal ^ vertical;
    }

    /**
     * Whether the edge at {@code e} crosses the walk from {@code p} right to {@code (x1, py)} and down to
     * {@code (x1, y0)}, all perturbed by {@code (e, e*e)}.
     */
    static boolean crosses(long[] d, int e, double px, double py, double x1, double y0) {
        double ax = Double.longBitsToDouble(d[e]);
        double ay = Double.longBitsToDouble(d[e + 1]);
        double bx = Double.longBitsToDouble(d[e + 2]);
        double by = Double.longBitsToDouble(d[e + 3]);
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
        return 8L * (xs.length + ys.length + data.length + slots.length) + 4L * bucket.length;
    }
}
