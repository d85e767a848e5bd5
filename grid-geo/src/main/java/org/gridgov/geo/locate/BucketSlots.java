package org.gridgov.geo.locate;

/**
 * One 16-byte slot per bucket, at a place computed from the bucket's number, that answers most
 * single-point lookups from one cache line without the bucket's record: a bucket no edge touches,
 * a bucket crossed by one edge whose segment covers the bucket's whole chord (the answer is the
 * grid on the point's side of the edge's line), and a bucket at a corner of the grids, where two
 * or three edges meet at one vertex in or near the bucket (the answer is the grid of the point's
 * sector around the vertex). On the 100,000-grid city these answer 95.6% of the buckets (81% with
 * lines alone); the rest walk their record.
 *
 * <p><b>Layout.</b> A slot is two longs, its <em>shape</em> and its <em>answers</em>. The shape
 * holds three perimeter positions {@code P0, P1, P2} (bits 0-11, 12-23, 24-35), a vertex {@code V}
 * (bits 36-47 and 48-59: half local units from {@link #VERTEX_MIN}, so from half a bucket before
 * the bucket to half a bucket after it) and a kind (bits 60-63). A perimeter position is a side (2
 * bits: bottom, right, top, left, counter-clockwise) and a step along it (10 bits, {@link #STEPS}
 * steps a side); {@link #PERIMETER} turns it into local units, where the bucket is {@code [0,
 * SIDE]^2} and a point maps to {@code ((x - xs[i]) * qx, (y - ys[j]) * qy)}. The answers are three
 * grid indices plus one, 20 bits each (so 0 is "no grid"), for sectors 0, 1, 2.
 *
 * <p>A lookup computes the determinant {@code d_k = (P_k - V) x (p - V)} (positive left of the ray
 * {@code V -> P_k}) of the first ray, and for a star of all three; when none is within the doubt
 * band, the sign of a line's determinant, or {@link #SECTOR} by a star's kind and three signs,
 * gives the sector. The one branch depends on the bucket's kind, not on the point's side.
 *
 * <ul>
 *   <li>{@link #LINE}: {@code V} is the chord's first end {@code A} and all three rays go to its
 *       second end {@code B}, each rounded to the nearest step; sector 0 is left of {@code A -> B},
 *       sector 1 right. Only for an edge with different answers on its two sides (an edge of a grid
 *       without area has the same answer on both, but a point on it belongs to that grid);
 *   <li>{@link #EMPTY}: a bucket no edge touches: its diagonal, with the bucket's grid on both sides
 *       (a point in the diagonal's doubt band needs no walk);
 *   <li>{@link #STAR} and the three {@code STAR + 1 + k}: the vertex rounded to half a unit and the
 *       rays along its edges to where they leave the bucket, in counter-clockwise order (a vertex of
 *       two edges repeats its second ray); sector {@code k} lies between rays {@code k} and {@code
 *       k + 1}, and in kind {@code STAR + 1 + k} it is the one wider than a half-turn. The same
 *       kinds plus {@link #FAR} for a vertex outside the bucket;
 *   <li>{@link #FAN}: two edges of a vertex outside the bucket whose third edge misses the bucket:
 *       the wedge between them, left of both, right of both;
 *   <li>{@link #WALK}: anything else, with all positions at the corner {@code (0, 0)} so that every
 *       determinant is zero and every lookup walks; the answers' low 32 bits hold the bucket's
 *       word of {@link BucketIndex#bucket} (a grid, -1, or the record's offset), so a walking
 *       lookup reads its record without reading that word first. So does a bucket whose answers
 *       do not fit in 20 bits (more than {@code 2^20 - 2} grids).
 * </ul>
 *
 * <p><b>The doubt band.</b> Let {@code V*, P*} be the exact points of a ray's line, {@code D = |P*
 * - V*|} and {@code f* = (P* - V*) x (p - V*)}, whose sign is the exact side of {@code p}. Local
 * units are computed to within {@code u} in each coordinate ({@code u <= 0.01}, checked when the
 * index is built, else every slot walks), so the point is off by at most {@code u' = u sqrt 2}, a
 * stored perimeter position by at most {@code e_P = 0.5 + u'} (half a step along its side) and a
 * stored vertex by at most {@code e_V = 0.25 sqrt 2 + u'} (a chord's end {@code A}: {@code e_P}).
 * The computed determinant {@code (P - V) x (p' - V)} then differs from {@code f*} by at most
 * {@code D (u' + e_V) + (e_V + e_P) |p' - V| + (e_V + e_P)(u' + e_V)}; with {@code V} in the closed
 * bucket, {@code |p' - V|} and {@code D} are at most the bucket's diagonal {@code d = 1024 sqrt 2},
 * so a line's determinant is off by at most {@code d (3 e_P + u') = 2,254.1} and a star's by at
 * most {@code d (2 e_V + e_P + u') + 0.4 = 1,831}. A determinant beyond {@link #UNSURE} (2,300)
 * therefore has the exact sign; nearer the line (about 19 cm either side of an edge on the 100k
 * city, under 0.5% of a line bucket's area) the lookup walks the record. A vertex outside the
 * bucket has the wider band {@link #UNSURE_FAR}. A point on an edge is always within the band, so
 * the outline rule needs no branch here. The bounds are checked on seeded random lines and stars
 * against {@link ExactOrientation} in {@code SlotEncodingTest} and {@code StarSlotTest}.
 */
final class BucketSlots {
    /** Steps along each side of a bucket; also the local units across it. */
    static final int STEPS = 1024;
    /** Local units across a bucket. */
    static final double SIDE = STEPS;
    /**
     * A determinant at most this far from zero may have the wrong sign: {@code 1.5 d + 4 u' d} for
     * the bucket's diagonal {@code d = 1448.2} and {@code u' = 0.0142} is 2,254.1 for a line (a
     * star's bound is lower); the rest covers the rounding of the determinant itself (values under
     * 2^22, so under 10^-9).
     */
    static final double UNSURE = 2_300;
    /** The largest grid index plus one a slot can hold (20 bits). */
    static final int ANSWER_LIMIT = (1 << 20) - 1;
    /** Perimeter position to local units: {@code x | y << 16}, by {@code side << 10 | step}. */
    static final int[] PERIMETER = perimeter();
    /** What {@link #decide} returns when the point is within the doubt band (or the slot walks). */
    static final int UNDECIDED = Integer.MIN_VALUE;

    /** Kinds of slot (bits 60-63 of the shape). */
    static final int WALK = 0;

    static final int LINE = 1;
    static final int EMPTY = 2;
    /** A vertex whose sectors are all narrower than a half-turn; {@code STAR + 1 + k}: sector k is wider. */
    static final int STAR = 3;
    /** Added to a star's kind when its vertex lies outside the bucket (its doubt band is wider). */
    static final int FAR = 4;
    /**
     * The doubt band of a star whose vertex lies outside the bucket, at most half a bucket away:
     * {@code |p' - V|} and {@code D} are then at most {@code 1536 sqrt 2 = 2,172.2}, so the
     * determinant is off by at most {@code 2,172.2 (2 e_V + e_P + u') + 0.4 = 2,746.5}.
     */
    static final double UNSURE_FAR = 2_800;
    /**
     * Two edges that fan out from a vertex outside the bucket whose third edge misses it: sector 0
     * between them, 1 left of both, 2 right of both (the third ray repeats the second).
     */
    static final int FAN = FAR + STAR + 4;
    /** The nearest a vertex may lie to the bucket's extent, in local units: half a bucket out. */
    static final double VERTEX_MIN = -SIDE / 2;

    static final double VERTEX_MAX = SIDE * 3 / 2 - 0.5;
    /** The sector by kind and the signs of the three determinants: {@code SECTOR[kind << 3 | signs]}. */
    static final byte[] SECTOR = sectors();
    /** The doubt band by kind. */
    private static final double[] DOUBT = doubts();

    private static final int ANSWER_MASK = 0xF_FFFF;
    private static final int KIND = 60;
    private static final int VERTEX_X = 36;
    private static final int VERTEX_Y = 48;
    /** The diagonal of the bucket, bottom-left to top-right: positions 0 and {@code 2 * STEPS}. */
    private static final long DIAGONAL = (long) (2 * STEPS) << 12;

    private BucketSlots() {}

    /**
     * The slots of an index, two longs per bucket (shape, answers). Answers above {@code
     * answerLimit} (grid index plus one; at most {@link #ANSWER_LIMIT}) are not stored: such
     * buckets walk. When local units cannot be computed to a hundredth of a unit (coordinates far
     * from the origin compared to the bucket size), every slot walks.
     */
    static long[] build(BucketIndex index, int answerLimit) {
        int limit = Math.min(answerLimit, ANSWER_LIMIT);
        int nx = index.nx;
        int ny = index.ny;
        long[] slots = new long[2 * nx * ny];
        boolean usable = precise(index.minX, index.maxX, index.qx) && precise(index.minY, index.maxY, index.qy);
        long[] slot = new long[2];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int b = j * nx + i;
                int v = index.bucket[b];
                walking(v, slot);
                if (usable && v >= -1 && v + 1 <= limit) {
                    slot[0] = EMPTY_SHAPE;
                    slot[1] = answers(v, v, v);
                } else if (usable && v < -1) {
                    RecordSlot.of(index, i, j, -2 - v, limit, slot);
                }
                slots[2 * b] = slot[0];
                slots[2 * b + 1] = slot[1];
            }
        }
        return slots;
    }

    /**
     * The answer of the slot {@code (shape, answers)} for the point at local units {@code (lx, ly)}
     * (a grid index or -1), or {@link #UNDECIDED} when a determinant is within the doubt band.
     */
    static int decide(long shape, long answers, double lx, double ly) {
        int kind = (int) (shape >>> KIND);
        double vx = ((shape >>> VERTEX_X) & 0xFFF) * 0.5 + VERTEX_MIN;
        double vy = ((shape >>> VERTEX_Y) & 0xFFF) * 0.5 + VERTEX_MIN;
        double px = lx - vx;
        double py = ly - vy;
        int p0 = PERIMETER[(int) shape & 0xFFF];
        double d0 = ((p0 & 0xFFFF) - vx) * py - ((p0 >>> 16) - vy) * px;
        if (kind < STAR) {
            int answer = ((int) (answers >>> (d0 > 0 ? 0 : 20)) & ANSWER_MASK) - 1;
            return Math.abs(d0) > UNSURE ? answer : UNDECIDED;
        }
        int p1 = PERIMETER[(int) (shape >>> 12) & 0xFFF];
        int p2 = PERIMETER[(int) (shape >>> 24) & 0xFFF];
        double d1 = ((p1 & 0xFFFF) - vx) * py - ((p1 >>> 16) - vy) * px;
        double d2 = ((p2 & 0xFFFF) - vx) * py - ((p2 >>> 16) - vy) * px;
        double doubt = Math.min(Math.abs(d0), Math.min(Math.abs(d1), Math.abs(d2)));
        int signs = (d0 > 0 ? 1 : 0) | (d1 > 0 ? 2 : 0) | (d2 > 0 ? 4 : 0);
        int sector = SECTOR[kind << 3 | signs];
        int answer = ((int) (answers >>> (20 * sector)) & ANSWER_MASK) - 1;
        return doubt > DOUBT[kind] ? answer : UNDECIDED;
    }

    /** The kind of a slot's shape. */
    static int kind(long shape) {
        return (int) (shape >>> KIND);
    }

    /** Whether the slot decides lookups outside its doubt band (else every lookup walks). */
    static boolean decides(long shape) {
        return kind(shape) != WALK;
    }

    /** The bucket's word held by the answers of a {@link #WALK} slot. */
    static int word(long answers) {
        return (int) answers;
    }

    /** The answer of sector {@code k} (grid index or -1). */
    static int answer(long answers, int k) {
        return ((int) (answers >>> (20 * k)) & ANSWER_MASK) - 1;
    }

    /** Answers for sectors 0, 1, 2 (grid indices or -1; each plus one at most {@link #ANSWER_LIMIT}). */
    static long answers(int s0, int s1, int s2) {
        return (long) (s0 + 1) | (long) (s1 + 1) << 20 | (long) (s2 + 1) << 40;
    }

    /** A line slot's shape from a chord's positions {@code A | B << 12} ({@link #chord}). */
    static long line(long ends) {
        int a = PERIMETER[(int) ends & 0xFFF];
        long b = (ends >>> 12) & 0xFFF;
        return shape(LINE, a & 0xFFFF, a >>> 16, b, b, b);
    }

    /**
     * A shape: the kind, the vertex in local units (rounded to half a unit; within {@link
     * #VERTEX_MIN} and {@link #VERTEX_MAX}), the three ray ends as perimeter positions.
     */
    static long shape(int kind, double vx, double vy, long p0, long p1, long p2) {
        long x2 = Math.round(2 * (vx - VERTEX_MIN));
        long y2 = Math.round(2 * (vy - VERTEX_MIN));
        return (long) kind << KIND | y2 << VERTEX_Y | x2 << VERTEX_X | p2 << 24 | p1 << 12 | p0;
    }

    /** A slot that sends every lookup to the bucket's word {@code v} (a grid, -1 or a record). */
    static void walking(int v, long[] slot) {
        slot[0] = WALK_SHAPE;
        slot[1] = v & 0xFFFF_FFFFL;
    }

    /** Every position at the corner {@code (0, 0)}: every determinant is zero, every lookup walks. */
    private static final long WALK_SHAPE = shape(WALK, 0, 0, 0, 0, 0);

    private static final long EMPTY_SHAPE = line(DIAGONAL) & ~(0xFL << KIND) | (long) EMPTY << KIND;

    private static double[] doubts() {
        double[] t = new double[16];
        for (int kind = 0; kind < t.length; kind++) {
            t[kind] = kind >= FAR + STAR && kind <= FAN ? UNSURE_FAR : UNSURE;
        }
        return t;
    }

    /**
     * Sector {@code k} (between rays {@code k} and {@code k + 1}) holds a point left of ray {@code
     * k} and right of ray {@code k + 1}; when it is wider than a half-turn, one of the two suffices.
     */
    private static byte[] sectors() {
        byte[] t = new byte[16 << 3];
        for (int signs = 0; signs < 8; signs++) {
            for (int wide = -1; wide < 3; wide++) {
                int sector = 0;
                for (int k = 2; k >= 0; k--) {
                    boolean left = (signs >> k & 1) != 0;
                    boolean rightOfNext = (signs >> ((k + 1) % 3) & 1) == 0;
                    if (k == wide ? left || rightOfNext : left && rightOfNext) {
                        sector = k;
                    }
                }
                t[(STAR + 1 + wide) << 3 | signs] = (byte) sector;
                t[(FAR + STAR + 1 + wide) << 3 | signs] = (byte) sector;
                t[FAN << 3 | signs] = (byte) (signs == 0b001 ? 0 : signs == 0b111 ? 1 : 2);
            }
        }
        return t;
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
    static boolean clip(double p, double d, double[] t) {
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
