package org.gridgov.geo.locate;

/**
 * One 8-byte slot per bucket, at a place computed from the bucket's number, that answers most
 * single-point lookups from one read without the bucket's record: a bucket no edge touches, and a
 * bucket crossed by one edge whose segment covers the bucket's whole chord (so the answer is the
 * grid on the point's side of the edge's line). Eight bytes a bucket keep the table small enough
 * to stay in the processor's last-level cache for a city of 100,000 grids (9.6 MB).
 *
 * <p><b>Layout.</b> Bits 0-11 and 12-23 are two positions {@code A, B} on the bucket's perimeter,
 * bits 24-43 the answer left of the line {@code A -> B} and bits 44-63 the answer right of it,
 * each a grid index plus one (so 0 is "no grid"). A perimeter position is a side (2 bits: bottom,
 * right, top, left, counter-clockwise) and a step along it (10 bits, {@link #STEPS} steps a side);
 * {@link #PERIMETER} turns it into local units, where the bucket is {@code [0, SIDE]^2} and a
 * point maps to {@code ((x - xs[i]) * qx, (y - ys[j]) * qy)}.
 *
 * <ul>
 *   <li>A bucket cut by one edge: {@code A, B} are the edge's line clipped to the bucket, each
 *       rounded to the nearest step;
 *   <li>a bucket no edge touches: its diagonal, with the bucket's grid on both sides;
 *   <li>anything else ({@link #isLine} false, {@code A == B}): bits 24-55 hold the bucket's word of
 *       {@link BucketIndex#bucket} (a grid, -1, or the record's offset), so a walking lookup reads
 *       its record without reading that word first. So does a bucket whose answers do not fit in
 *       20 bits (more than {@code 2^20 - 2} grids): it walks.
 * </ul>
 *
 * <p><b>The doubt band.</b> Let {@code A*, B*} be the exact ends of the chord, {@code D = |B* - A*|}
 * and {@code f* = (B* - A*) x (p - A*)}, whose sign is the exact side of {@code p}. Local units are
 * computed to within {@code u} in each coordinate ({@code u <= 0.01}, checked when the index is
 * built, else every slot walks), so the point is off by at most {@code u' = u sqrt 2} and each
 * stored end by at most {@code e = 0.5 + u'} (half a step along its side). The computed
 * determinant {@code (B - A) x (p' - A)} then differs from {@code f*} by at most
 * {@code D (u' + e) + 2 e |p' - A| <= d (3 e + u') = 1.5 d + 4 u' d} with {@code |p' - A|} and
 * {@code D} at most the bucket's diagonal {@code d = 1024 sqrt 2}: at most 2,172.2 + 81.9. A
 * determinant beyond {@link #UNSURE} (2,300) therefore has the exact sign; nearer the line (about
 * 19 cm either side of an edge on the 100k city, under 0.5% of a line bucket's area) the lookup
 * walks the record. A point on the edge is always within the band, so the outline rule needs no
 * branch here. The bound is checked on seeded random lines against {@link ExactOrientation} in
 * {@code BucketSlotsTest}.
 */
final class BucketSlots {
    /** Steps along each side of a bucket; also the local units across it. */
    static final int STEPS = 1024;
    /** Local units across a bucket. */
    static final double SIDE = STEPS;
    /**
     * A determinant at most this far from zero may have the wrong sign: {@code 1.5 d + 4 u' d} for
     * the bucket's diagonal {@code d = 1448.2} and {@code u' = 0.0142} is 2,254.1; the rest covers
     * the rounding of the determinant itself (values under 2^22, so under 10^-9).
     */
    static final double UNSURE = 2_300;
    /** The largest grid index plus one a slot can hold (20 bits). */
    static final int ANSWER_LIMIT = (1 << 20) - 1;
    /** Perimeter position to local units: {@code x | y << 16}, by {@code side << 10 | step}. */
    static final int[] PERIMETER = perimeter();

    private static final int ANSWER_MASK = 0xF_FFFF;
    private static final int LEFT = 24;
    private static final int RIGHT = 44;
    /** The diagonal of the bucket, bottom-left to top-right: positions 0 and {@code 2 * STEPS}. */
    private static final long DIAGONAL = (long) (2 * STEPS) << 12;

    private BucketSlots() {}

    /**
     * The slots of an index, one per bucket. Answers above {@code answerLimit} (grid index plus
     * one; at most {@link #ANSWER_LIMIT}) are not stored: such buckets walk. When local units
     * cannot be computed to a hundredth of a unit (coordinates far from the origin compared to the
     * bucket size), every slot walks.
     */
    static long[] build(BucketIndex index, int answerLimit) {
        int limit = Math.min(answerLimit, ANSWER_LIMIT);
        int nx = index.nx;
        int ny = index.ny;
        long[] slots = new long[nx * ny];
        boolean usable = precise(index.minX, index.maxX, index.qx) && precise(index.minY, index.maxY, index.qy);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int b = j * nx + i;
                int v = index.bucket[b];
                long slot = walking(v);
                if (usable && v >= -1 && v + 1 <= limit) {
                    slot = line(DIAGONAL, v, v);
                } else if (usable && v < -1) {
                    slot = oneEdge(index, i, j, -2 - v, limit, slot);
                }
                slots[b] = slot;
            }
        }
        return slots;
    }

    /** A slot that sends every lookup to the bucket's word {@code v} (a grid, -1 or a record). */
    static long walking(int v) {
        return (v & 0xFFFF_FFFFL) << LEFT;
    }

    /** Whether the slot holds a line (else every lookup in its bucket walks). */
    static boolean isLine(long slot) {
        return ((slot ^ (slot >>> 12)) & 0xFFF) != 0;
    }

    /** The bucket's word of a slot that holds no line. */
    static int word(long slot) {
        return (int) (slot >>> LEFT);
    }

    /**
     * The determinant {@code (B - A) x (p - A)} of the slot's line at local units {@code (lx, ly)}:
     * positive left of {@code A -> B}. Zero for a slot without a line.
     */
    static double side(long slot, double lx, double ly) {
        int a = PERIMETER[(int) slot & 0xFFF];
        int b = PERIMETER[(int) (slot >>> 12) & 0xFFF];
        double ax = a & 0xFFFF;
        double ay = a >>> 16;
        return ((b & 0xFFFF) - ax) * (ly - ay) - ((b >>> 16) - ay) * (lx - ax);
    }

    /** The answer of a line slot on the side of the determinant {@code det} (grid index or -1). */
    static int answer(long slot, double det) {
        return ((int) (slot >>> (det > 0 ? LEFT : RIGHT)) & ANSWER_MASK) - 1;
    }

    /** Whether a line slot has the same answer on both sides (a bucket no edge touches). */
    static boolean sameBothSides(long slot) {
        return ((slot >>> LEFT) & ANSWER_MASK) == slot >>> RIGHT;
    }

    /** A line slot: the positions in {@code ends} (bits 0-23), the answers left and right. */
    private static long line(long ends, int left, int right) {
        return ends | (long) (left + 1) << LEFT | (long) (right + 1) << RIGHT;
    }

    /**
     * The perimeter position (side and step) nearest to the local point {@code (u, v)}, which
     * lies on the bucket's perimeter up to rounding.
     */
    static int position(double u, double v) {
        double[] distance = {v, SIDE - u, SIDE - v, u};
        int side = 0;
        for (int k = 1; k < 4; k++) {
            if (Math.abs(distance[k]) < Math.abs(distance[side])) {
                side = k;
            }
        }
        double along = switch (side) {
            case 0 -> u;
            case 1 -> v;
            case 2 -> SIDE - u;
            default -> SIDE - v;
        };
        long step = Math.max(0, Math.min(STEPS, Math.round(along)));
        return (int) ((side * STEPS + step) % (4 * STEPS));
    }

    private static int[] perimeter() {
        int[] t = new int[4 * STEPS];
        for (int step = 0; step < STEPS; step++) {
            t[step] = step;
            t[STEPS + step] = STEPS | step << 16;
            t[2 * STEPS + step] = (STEPS - step) | STEPS << 16;
            t[3 * STEPS + step] = (STEPS - step) << 16;
        }
        return t;
    }

    /** Whether {@code (x - corner) * q} is good to a hundredth of a unit anywhere in the extent. */
    static boolean precise(double min, double max, double q) {
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        return Double.isFinite(q) && q > 0 && Double.isFinite(magnitude * q) && magnitude * q * 0x1p-50 < 0.01;
    }

    /**
     * The slot of the record at {@code o} when it has one edge that cuts the bucket the way the
     * slot needs: within the bucket the segment is its line, because the segment strictly covers
     * the bucket's extent along x or along y, or because the line's chord through the bucket lies
     * inside the segment with a local unit to spare at both ends (an edge that cuts a corner of
     * the bucket); the bucket's corner {@code r} is off the line (so
     * the side of {@code r} is known exactly), and its two sides have different answers (an edge of a
     * grid without area has the same answer on both, but a point on it belongs to that grid).
     * Otherwise {@code walking}.
     */
    private static long oneEdge(BucketIndex index, int i, int j, int o, int limit, long walking) {
        long[] d = index.data;
        long header = d[o];
        int edges = (int) (header >>> 32);
        int cands = (int) header;
        if (edges != 1 || cands > 64) {
            return walking;
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
        int cornerSide = ExactOrientation.sign(ax, ay, bx, by, x1, y0);
        if (cornerSide == 0) {
            return walking;
        }
        long ends = chord(
                (ax - x0) * index.qx,
                (ay - y0) * index.qy,
                (bx - x0) * index.qx,
                (by - y0) * index.qy,
                !spansX && !spansY);
        if (ends < 0) {
            return walking;
        }
        long status = d[o + 1];
        long mask = d[e + 4];
        int candidates = e + BucketIndex.EDGE;
        int sameAsCorner = status == 0 ? -1 : (int) d[candidates + Long.numberOfTrailingZeros(status)];
        long across = status ^ mask;
        int otherSide = across == 0 ? -1 : (int) d[candidates + Long.numberOfTrailingZeros(across)];
        if (sameAsCorner == otherSide || sameAsCorner + 1 > limit || otherSide + 1 > limit) {
            return walking;
        }
        return cornerSide > 0 ? line(ends, sameAsCorner, otherSide) : line(ends, otherSide, sameAsCorner);
    }

    /**
     * The perimeter positions {@code A | B << 12} of the line through the local points {@code a}
     * and {@code b} clipped to the bucket, {@code A} towards {@code a}; -1 when the line misses the
     * bucket, runs along its side, or its two ends round to the same position, and with {@code
     * insideSegment} also when the clipped line does not lie inside the segment {@code a, b} with a
     * local unit to spare at both ends (fifty times the error of local units).
     */
    static long chord(double ax, double ay, double bx, double by, boolean insideSegment) {
        double dx = bx - ax;
        double dy = by - ay;
        double[] t = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        if (!clip(ax, dx, t) || !clip(ay, dy, t)) {
            return -1;
        }
        double length = Math.hypot(dx, dy);
        if (insideSegment && !(t[0] * length >= 1 && (1 - t[1]) * length >= 1)) {
            return -1;
        }
        int from = position(ax + t[0] * dx, ay + t[0] * dy);
        int to = position(ax + t[1] * dx, ay + t[1] * dy);
        return from == to ? -1 : from | (long) to << 12;
    }

    /**
     * Narrows {@code t} to where {@code p + t * d} lies in {@code [0, SIDE]}; false when nowhere
     * (or the line runs along the bucket's side within rounding).
     */
    private static boolean clip(double p, double d, double[] t) {
        if (d == 0) {
            return p > 0.5 && p < SIDE - 0.5;
        }
        double ta = (0 - p) / d;
        double tb = (SIDE - p) / d;
        t[0] = Math.max(t[0], Math.min(ta, tb));
        t[1] = Math.min(t[1], Math.max(ta, tb));
        return t[0] < t[1];
    }
}
