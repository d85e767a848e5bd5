package org.gridgov.geo.locate;

/**
 * The {@link BucketSlots} slot of a bucket with a record: a line for one edge that cuts the bucket
 * the way a line slot needs, a star for two or three edges that meet at one vertex in the closed
 * bucket, else a walking slot. Every answer is derived from the record's own data (the candidates
 * that contain the bucket's corner {@code r = (x1, y0)} and the toggle masks of the edges), so a
 * slot's answers are the walk's by construction; exact orientations decide every side the slot
 * relies on, and any degenerate case (the corner on an edge's line, two collinear rays) walks.
 */
final class RecordSlot {
    private final BucketIndex index;
    private final long[] d;
    private final int o;
    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;

    private RecordSlot(BucketIndex index, int i, int j, int o) {
        this.index = index;
        this.d = index.data;
        this.o = o;
        this.x0 = index.xs[i];
        this.x1 = index.xs[i + 1];
        this.y0 = index.ys[j];
        this.y1 = index.ys[j + 1];
    }

    /**
     * Writes the slot of the record at {@code o} of bucket {@code (i, j)} into {@code slot} (shape,
     * answers), which holds the walking slot on entry and keeps it when neither shape applies or an
     * answer (grid index plus one) exceeds {@code limit}.
     */
    static void of(BucketIndex index, int i, int j, int o, int limit, long[] slot) {
        long header = index.data[o];
        int edges = (int) (header >>> 32);
        int cands = (int) header;
        if (cands > 64) {
            return;
        }
        RecordSlot r = new RecordSlot(index, i, j, o);
        if (edges == 1) {
            r.line(limit, slot);
        } else if (edges == 2 || edges == 3) {
            r.star(edges, limit, slot);
        }
    }

    private double coordinate(int edge, int k) {
        return Double.longBitsToDouble(d[o + 2 + BucketIndex.EDGE * edge + k]);
    }

    private long mask(int edge) {
        return d[o + 2 + BucketIndex.EDGE * edge + 4];
    }

    /** The grid of the candidates set in {@code inside} (the lowest), or -1. */
    private int grid(long inside, int edges) {
        return inside == 0 ? -1 : (int) d[o + 2 + BucketIndex.EDGE * edges + Long.numberOfTrailingZeros(inside)];
    }

    /**
     * One edge whose segment is its line within the bucket: the segment strictly covers the
     * bucket's extent along x or along y, or the line's chord through the bucket lies inside the
     * segment with a local unit to spare at both ends (an edge that cuts a corner of the bucket);
     * the corner {@code r} is off the line, and the two sides have different answers.
     */
    private void line(int limit, long[] slot) {
        double ax = coordinate(0, 0);
        double ay = coordinate(0, 1);
        double bx = coordinate(0, 2);
        double by = coordinate(0, 3);
        boolean spansX = Math.min(ax, bx) < x0 && Math.max(ax, bx) > x1;
        boolean spansY = ay < y0 && by > y1;
        int cornerSide = ExactOrientation.sign(ax, ay, bx, by, x1, y0);
        if (cornerSide == 0) {
            return;
        }
        long ends = BucketSlots.chord(
                (ax - x0) * index.qx,
                (ay - y0) * index.qy,
                (bx - x0) * index.qx,
                (by - y0) * index.qy,
                !spansX && !spansY);
        if (ends < 0) {
            return;
        }
        long status = d[o + 1];
        int sameAsCorner = grid(status, 1);
        int otherSide = grid(status ^ mask(0), 1);
        if (sameAsCorner == otherSide || sameAsCorner + 1 > limit || otherSide + 1 > limit) {
            return;
        }
        slot[0] = BucketSlots.line(ends);
        slot[1] = cornerSide > 0
                ? BucketSlots.answers(sameAsCorner, otherSide, -1)
                : BucketSlots.answers(otherSide, sameAsCorner, -1);
    }

    /**
     * Two or three edges with one common end {@code V} in the closed bucket, each leaving the
     * bucket (its other end lies outside, else the record would hold that end's edges too): rays
     * from {@code V} in counter-clockwise order, found from exact orientations; the sector of the
     * corner {@code r} has the record's status, and each ray crossed counter-clockwise toggles its
     * edge's candidates.
     */
    private void star(int edges, int limit, long[] slot) {
        double vx = coordinate(0, 0);
        double vy = coordinate(0, 1);
        if (!sharedEnd(edges, vx, vy)) {
            vx = coordinate(0, 2);
            vy = coordinate(0, 3);
            if (!sharedEnd(edges, vx, vy)) {
                return;
            }
        }
        double lvx = (vx - x0) * index.qx;
        double lvy = (vy - y0) * index.qy;
        if (!(within(lvx, BucketSlots.VERTEX_MIN, BucketSlots.VERTEX_MAX)
                && within(lvy, BucketSlots.VERTEX_MIN, BucketSlots.VERTEX_MAX))) {
            return;
        }
        boolean near = within(lvx, 0, BucketSlots.SIDE) && within(lvy, 0, BucketSlots.SIDE);
        // the rays' far ends and masks; a vertex of two edges repeats its second ray with no mask
        double[] qx = new double[3];
        double[] qy = new double[3];
        long[] masks = new long[3];
        for (int e = 0; e < 3; e++) {
            int edge = Math.min(e, edges - 1);
            boolean first = coordinate(edge, 0) == vx && coordinate(edge, 1) == vy;
            qx[e] = coordinate(edge, first ? 2 : 0);
            qy[e] = coordinate(edge, first ? 3 : 1);
            masks[e] = e < edges ? mask(edge) : 0;
        }
        Sectors sectors = edges == 2 && masks[0] != masks[1]
                ? fan(near, vx, vy, qx, qy, masks)
                : around(edges, near, vx, vy, qx, qy, masks);
        if (sectors == null) {
            return;
        }
        long[] inside = sectors.inside();
        long[] ends = new long[3];
        for (int k = 0; k < 3; k++) {
            ends[k] = exit(lvx, lvy, (qx[k] - x0) * index.qx, (qy[k] - y0) * index.qy);
            if (ends[k] < 0) {
                return;
            }
        }
        int[] grids = new int[3];
        for (int k = 0; k < 3; k++) {
            grids[k] = grid(inside[k], edges);
            if (grids[k] + 1 > limit) {
                return;
            }
        }
        slot[0] = BucketSlots.shape(sectors.kind(), lvx, lvy, ends[0], ends[1], ends[2]);
        slot[1] = BucketSlots.answers(grids[0], grids[1], grids[2]);
    }

    /** A slot's kind and the candidates inside each of its three sectors. */
    private record Sectors(int kind, long[] inside) {}

    /**
     * The sectors around a vertex all of whose edges in or near the bucket are in the record (the
     * masks of a full turn cancel out): the corner's sector has the record's status, and each ray
     * crossed counter-clockwise toggles its edge's candidates.
     */
    private Sectors around(int edges, boolean near, double vx, double vy, double[] qx, double[] qy, long[] masks) {
        int wide = wideSector(edges, vx, vy, qx, qy);
        if (wide == NOT_A_STAR && edges == 3) {
            swap(qx, qy, masks, 1, 2); // the other cyclic order of the three rays
            wide = wideSector(edges, vx, vy, qx, qy);
        }
        int signs = cornerSigns(vx, vy, qx, qy);
        if (wide == NOT_A_STAR || signs < 0) {
            return null;
        }
        int kind = BucketSlots.STAR + 1 + wide + (near ? 0 : BucketSlots.FAR);
        int corner = BucketSlots.SECTOR[kind << 3 | signs];
        long[] inside = new long[3];
        inside[corner] = d[o + 1];
        for (int step = 1; step < 3; step++) {
            int k = (corner + step) % 3;
            inside[k] = inside[(k + 2) % 3] ^ masks[k];
        }
        return (inside[(corner + 2) % 3] ^ masks[corner]) == inside[corner] ? new Sectors(kind, inside) : null;
    }

    /**
     * Two edges of a vertex outside the bucket whose third edge misses the bucket (their masks
     * differ): within the bucket they are two chords fanning out from the vertex, with three
     * regions, the wedge between them (sector 0, narrower than a half-turn: both rays point into
     * the bucket), left of both (sector 1) and right of both (sector 2); the region behind the
     * vertex lies beyond a line that separates the vertex from the bucket.
     */
    private Sectors fan(boolean near, double vx, double vy, double[] qx, double[] qy, long[] masks) {
        int turn = ExactOrientation.sign(vx, vy, qx[0], qy[0], qx[1], qy[1]);
        if (near || turn == 0) {
            return null;
        }
        if (turn < 0) {
            swap(qx, qy, masks, 0, 1);
        }
        qx[2] = qx[1];
        qy[2] = qy[1];
        int signs = cornerSigns(vx, vy, qx, qy);
        if (signs < 0 || signs == 0b110) {
            return null;
        }
        int corner = BucketSlots.SECTOR[BucketSlots.FAN << 3 | signs];
        long wedge = d[o + 1] ^ (corner == 1 ? masks[1] : corner == 2 ? masks[0] : 0);
        return new Sectors(BucketSlots.FAN, new long[] {wedge, wedge ^ masks[1], wedge ^ masks[0]});
    }

    /** The sides of the corner {@code r} of the three rays' lines as bits, or -1 if it lies on one. */
    private int cornerSigns(double vx, double vy, double[] qx, double[] qy) {
        int signs = 0;
        for (int k = 0; k < 3; k++) {
            int side = ExactOrientation.sign(vx, vy, qx[k], qy[k], x1, y0);
            if (side == 0) {
                return -1;
            }
            signs |= side > 0 ? 1 << k : 0;
        }
        return signs;
    }

    private static final int NOT_A_STAR = -2;

    /**
     * The sector wider than a half-turn (-1 if none) when rays 0, 1, 2 are in counter-clockwise
     * order (in the other order two sectors would be that wide); {@link #NOT_A_STAR} when they are
     * not, or two rays are collinear. The repeated ray of a two-edge vertex makes an empty sector 1.
     */
    private static int wideSector(int edges, double vx, double vy, double[] qx, double[] qy) {
        int wide = -1;
        for (int k = 0; k < 3; k++) {
            int next = (k + 1) % 3;
            int turn = edges == 2 && k == 1 ? 1 : ExactOrientation.sign(vx, vy, qx[k], qy[k], qx[next], qy[next]);
            if (turn == 0 || (turn < 0 && wide >= 0)) {
                return NOT_A_STAR;
            }
            wide = turn < 0 ? k : wide;
        }
        return wide;
    }

    private boolean sharedEnd(int edges, double vx, double vy) {
        for (int e = 0; e < edges; e++) {
            boolean first = coordinate(e, 0) == vx && coordinate(e, 1) == vy;
            boolean second = coordinate(e, 2) == vx && coordinate(e, 3) == vy;
            if (!first && !second) {
                return false;
            }
        }
        return true;
    }

    private static void swap(double[] qx, double[] qy, long[] masks, int a, int b) {
        double t = qx[a];
        qx[a] = qx[b];
        qx[b] = t;
        t = qy[a];
        qy[a] = qy[b];
        qy[b] = t;
        long m = masks[a];
        masks[a] = masks[b];
        masks[b] = m;
    }

    private static boolean within(double v, double min, double max) {
        return v >= min && v <= max;
    }

    /**
     * The perimeter position where the edge from the local point {@code v} (its vertex, in or near
     * the bucket) towards {@code q} leaves the bucket, when its part in the bucket is at least a
     * local unit long and {@code q} lies beyond the perimeter by a unit; else -1.
     */
    static long exit(double vx, double vy, double qx, double qy) {
        double dx = qx - vx;
        double dy = qy - vy;
        double length = Math.hypot(dx, dy);
        double[] t = {0, 1};
        if (!BucketSlots.clip(vx, dx, t) || !BucketSlots.clip(vy, dy, t)) {
            return -1;
        }
        if (!((t[1] - t[0]) * length >= 1 && (1 - t[1]) * length >= 1)) {
            return -1;
        }
        return BucketSlots.position(vx + t[1] * dx, vy + t[1] * dy);
    }
}
