package org.gridgov.geo.locate;

/**
 * The benchmark's baseline: main's 16-byte slots as of commit 07e455a, copied so that one JMH run
 * measures them against the 8-byte slots of {@link BucketSlots} on the same index (delete once a
 * quiet run has compared them). One 16-byte slot per bucket, at a place computed from the bucket's number, that answers most
 * single-point lookups from one cache line without reading the bucket's record: a bucket no edge
 * touches, and a bucket crossed by one edge whose segment covers the bucket's whole chord (so the
 * answer is the grid on the point's side of the edge's line).
 *
 * <p>A slot holds two points {@code A, B} of a line in 16-bit local units, and the answers on its
 * left and on its right. A point maps to local units by {@code (x - xs[i]) * qx + OFFSET} (the
 * bucket is the square {@code [OFFSET, OFFSET + SIDE]} inside {@code [0, MAX]}); {@code A, B}
 * are the end points of the edge's line clipped to that larger square, rounded to integers, so
 * each lies within {@code 0.75} units of the exact line. The sign of {@code (B - A) x (p - A)}
 * then differs from the exact side only when its magnitude is at most {@link #UNSURE}
 * ({@code 0.75 |B - A| + 1.5 |p - A|} with both lengths at most the square's diagonal, plus
 * rounding): within a few hundredths of a bucket width of the line, where the lookup takes the
 * exact walk instead. A bucket without edges holds a line far above the bucket, so its answer
 * comes back the same way; a bucket with more edges holds {@code A = B}, so the lookup always
 * walks, with the record's offset in the slot.
 */
final class SixteenByteSlots {
    /** Local units across a bucket. */
    static final int SIDE = 16_384;
    /** Local units from the square's corner to the bucket's corner. */
    static final int OFFSET = 24_576;
    /** The largest local unit a slot stores (16 bits). */
    static final int MAX = 65_535;
    /**
     * A determinant at most this far from zero may have the wrong sign: {@code 0.75 * (d + 1.5) +
     * 1.5 * d} for the square's diagonal {@code d = 92,682} is 208,530; the rest covers rounding
     * (of the point's local units, under a thousand, and of the determinant).
     */
    static final double UNSURE = 215_000;
    /** A clipped line shorter than this (in local units) is too short to trust its direction. */
    private static final double MIN_CHORD = 64;
    /** Integers per slot. */
    static final int INTS = 4;

    private final BucketIndex index;
    private final int[] slots;
    private final double qx;
    private final double qy;

    /** Main's 16-byte slots (as of commit 07e455a) over the same index, for a same-run A/B. */
    SixteenByteSlots(BucketIndex index) {
        this.index = index;
        this.qx = SIDE * index.invW;
        this.qy = SIDE * index.invH;
        this.slots = build(index, qx, qy);
    }

    /** Bytes of the slot table. */
    long bytes() {
        return 4L * slots.length;
    }

    /** {@code BucketIndex.locate} as it was on main with 16-byte slots. */
    int locate(double x, double y) {
        BucketIndex d = index;
        if (!(x >= d.minX && x < d.maxX && y >= d.minY && y < d.maxY)) {
            return d.locate(x, y);
        }
        int i = d.column(x);
        int j = d.row(y);
        int b = j * d.nx + i;
        int s = b * INTS;
        int[] f = slots;
        int from = f[s];
        int to = f[s + 1];
        double ax = from & 0xFFFF;
        double ay = from >>> 16;
        double lx = (x - d.xs[i]) * qx + OFFSET;
        double ly = (y - d.ys[j]) * qy + OFFSET;
        double det = ((to & 0xFFFF) - ax) * (ly - ay) - ((to >>> 16) - ay) * (lx - ax);
        if (Math.abs(det) > UNSURE) {
            return f[det > 0 ? s + 2 : s + 3];
        }
        int v = f[s + 2];
        v = v >= -1 ? d.bucket[b] : v;
        return v >= -1 ? v : d.walkRecord(-2 - v, x, y, i, j);
    }

    /**
     * The slots of an index: {@code INTS} ints per bucket (two packed points, then the answers
     * left and right of the line, or the bucket's value twice). When local units cannot be
     * computed to well under a unit (coordinates far from the origin compared to the bucket size),
     * every slot walks.
     */
    static int[] build(BucketIndex index, double qx, double qy) {
        int nx = index.nx;
        int ny = index.ny;
        int[] slots = new int[INTS * nx * ny];
        boolean usable = precise(index.minX, index.maxX, qx) && precise(index.minY, index.maxY, qy);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int b = j * nx + i;
                int v = index.bucket[b];
                int s = INTS * b;
                slots[s + 2] = v;
                slots[s + 3] = v;
                if (!usable) {
                    continue;
                }
                if (v >= -1) {
                    slots[s] = pack(MAX, MAX);
                    slots[s + 1] = pack(0, MAX);
                } else {
                    oneEdge(index, i, j, -2 - v, slots, s, qx, qy);
                }
            }
        }
        return slots;
    }

    /** Whether {@code (x - corner) * q} is good to a hundredth of a unit anywhere in the extent. */
    private static boolean precise(double min, double max, double q) {
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        return Double.isFinite(q) && q > 0 && Double.isFinite(magnitude * q) && magnitude * q * 0x1p-50 < 0.01;
    }

    /**
     * Fills the slot of the record at {@code o} when it has one edge that cuts the bucket the way
     * the slot needs: its segment strictly covers the bucket's extent along x or along y (so
     * within the bucket the segment is its line), and the bucket's corner {@code r} is off the
     * line (so the side of {@code r} is known exactly). Otherwise leaves the slot walking.
     */
    private static void oneEdge(BucketIndex index, int i, int j, int o, int[] slots, int s, double qx, double qy) {
        long[] d = index.data;
        long header = d[o];
        int edges = (int) (header >>> 32);
        int cands = (int) header;
        if (edges != 1 || cands > 64) {
            return;
        }
        int e = o + 2;
        double ax = Double.longBitsToDouble(d[e]);
        double ay = Double.longBitsToDouble(d[e + 1]);
        double bx = Double.longBitsToDouble(d[e + 2]);
        double by = Double.longBitsToDouble(d[e + 3]);
        double x0 = index.xs[i];
        double x1 = index.xs[i + 1];
        double y0 = index.ys[j];
        double y1 = index.ys[j + 1];
        boolean spansX = Math.min(ax, bx) < x0 && Math.max(ax, bx) > x1;
        boolean spansY = ay < y0 && by > y1;
        if (!spansX && !spansY) {
            return;
        }
        int cornerSide = ExactOrientation.sign(ax, ay, bx, by, x1, y0);
        if (cornerSide == 0) {
            return;
        }
        double px = (ax - x0) * qx + OFFSET;
        double py = (ay - y0) * qy + OFFSET;
        double dx = (bx - x0) * qx + OFFSET - px;
        double dy = (by - y0) * qy + OFFSET - py;
        double[] t = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        if (!clip(px, dx, t) || !clip(py, dy, t)) {
            return;
        }
        long qx0 = Math.round(px + t[0] * dx);
        long qy0 = Math.round(py + t[0] * dy);
        long qx1 = Math.round(px + t[1] * dx);
        long qy1 = Math.round(py + t[1] * dy);
        if (Math.min(Math.min(qx0, qy0), Math.min(qx1, qy1)) < 0
                || Math.max(Math.max(qx0, qy0), Math.max(qx1, qy1)) > MAX
                || Math.hypot(qx1 - qx0, qy1 - qy0) < MIN_CHORD) {
            return;
        }
        long status = d[o + 1];
        long mask = d[e + 4];
        int candidates = e + BucketIndex.EDGE;
        int sameAsCorner = status == 0 ? -1 : (int) d[candidates + Long.numberOfTrailingZeros(status)];
        long across = status ^ mask;
        int otherSide = across == 0 ? -1 : (int) d[candidates + Long.numberOfTrailingZeros(across)];
        slots[s] = pack((int) qx0, (int) qy0);
        slots[s + 1] = pack((int) qx1, (int) qy1);
        slots[s + 2] = cornerSide > 0 ? sameAsCorner : otherSide;
        slots[s + 3] = cornerSide > 0 ? otherSide : sameAsCorner;
    }

    /**
     * Narrows {@code t} to where {@code p + t * d} lies in {@code [0, MAX]}; false when nowhere
     * (or the line runs along the square's side within rounding).
     */
    private static boolean clip(double p, double d, double[] t) {
        if (d == 0) {
            return p > 0.5 && p < MAX - 0.5;
        }
        double ta = (0 - p) / d;
        double tb = (MAX - p) / d;
        t[0] = Math.max(t[0], Math.min(ta, tb));
        t[1] = Math.min(t[1], Math.max(ta, tb));
        return t[0] < t[1];
    }

    private static int pack(int x, int y) {
        return x | y << 16;
    }
}
