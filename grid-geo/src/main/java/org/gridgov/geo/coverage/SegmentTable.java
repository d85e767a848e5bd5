package org.gridgov.geo.coverage;

/**
 * An open-addressing hash table of undirected segments, each with how often it occurs in
 * either direction and the XOR of the cells that contributed each direction. In a clean
 * coverage every interior segment occurs once forwards (one cell, shell counter-clockwise)
 * and once backwards (its neighbour); the parent takes part as a virtual cell
 * {@link #OUTSIDE} with its rings reversed. Anything else is "unmatched": a defect or, with
 * no parent, the outline. Supports removal (counts go down; the key stays as a tombstone).
 *
 * <p>Each slot is six longs in one array (four coordinate bit patterns, the counts, the two
 * XORs), so an insert touches one or two cache lines. Not thread-safe.
 */
final class SegmentTable {
    /** The virtual cell outside the parent. */
    static final int OUTSIDE = -1;

    private static final int W = 6;
    private static final long USED = 1L << 62;
    private static final long COUNT_MASK = 0x7FFF_FFFFL;

    private long[] slots;
    private int mask;
    private int size;

    SegmentTable(int expectedSegments) {
        // each interior segment is stored once for its two directions: about expectedSegments / 2 keys
        allocate(Integer.highestOneBit(Math.max(16, expectedSegments - 1)) << 1);
    }

    private void allocate(int capacity) {
        slots = new long[capacity * W];
        mask = capacity - 1;
        size = 0;
    }

    int capacity() {
        return mask + 1;
    }

    /** Adds ({@code delta = 1}) or removes ({@code -1}) the directed segment a-b of {@code cell}; returns its slot. */
    int add(double ax, double ay, double bx, double by, int cell, int delta) {
        ax += 0.0;
        ay += 0.0;
        bx += 0.0;
        by += 0.0;
        boolean forward = ax < bx || (ax == bx && ay < by);
        long x1 = Double.doubleToRawLongBits(forward ? ax : bx);
        long y1 = Double.doubleToRawLongBits(forward ? ay : by);
        long x2 = Double.doubleToRawLongBits(forward ? bx : ax);
        long y2 = Double.doubleToRawLongBits(forward ? by : ay);
        if (size * 2 >= capacity()) {
            grow();
        }
        int slot = find(x1, y1, x2, y2);
        int k = slot * W;
        if ((slots[k + 4] & USED) == 0) {
            slots[k] = x1;
            slots[k + 1] = y1;
            slots[k + 2] = x2;
            slots[k + 3] = y2;
            slots[k + 4] = USED;
            size++;
        }
        long counts = slots[k + 4];
        long xors = slots[k + 5];
        if (forward) {
            slots[k + 4] = USED | (((counts >>> 31) & COUNT_MASK) + delta) << 31 | (counts & COUNT_MASK);
            slots[k + 5] = xors ^ ((long) cell << 32);
        } else {
            slots[k + 4] = (counts & ~COUNT_MASK) | (((counts & COUNT_MASK) + delta) & COUNT_MASK);
            slots[k + 5] = xors ^ (cell & 0xFFFF_FFFFL);
        }
        return slot;
    }

    private int find(long x1, long y1, long x2, long y2) {
        long h = x1 * 0x9E3779B97F4A7C15L;
        h = (h ^ y1) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ x2) * 0x165667B19E3779F9L;
        h = (h ^ y2) * 0x9E3779B97F4A7C15L;
        int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
        while (true) {
            int k = slot * W;
            if ((slots[k + 4] & USED) == 0
                    || (slots[k] == x1 && slots[k + 1] == y1 && slots[k + 2] == x2 && slots[k + 3] == y2)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        allocate(capacity() * 2);
        for (int k = 0; k < old.length; k += W) {
            if ((old[k + 4] & USED) != 0) {
                int slot = find(old[k], old[k + 1], old[k + 2], old[k + 3]);
                System.arraycopy(old, k, slots, slot * W, W);
                size++;
            }
        }
    }

    boolean isUsed(int slot) {
        return (slots[slot * W + 4] & USED) != 0;
    }

    private int fwdCount(int slot) {
        return (int) ((slots[slot * W + 4] >>> 31) & COUNT_MASK);
    }

    private int bwdCount(int slot) {
        return (int) (slots[slot * W + 4] & COUNT_MASK);
    }

    private int fwdXor(int slot) {
        return (int) (slots[slot * W + 5] >>> 32);
    }

    private int bwdXor(int slot) {
        return (int) slots[slot * W + 5];
    }

    /** True when the slot holds a segment that is present and not matched exactly once each way by two cells. */
    boolean isUnmatched(int slot) {
        long counts = slots[slot * W + 4];
        if (counts == USED || (counts & USED) == 0) {
            return false;
        }
        // fwd == 1 and bwd == 1
        if (counts == (USED | 1L << 31 | 1L)) {
            return fwdXor(slot) == bwdXor(slot);
        }
        return true;
    }

    /** The single cell that has this segment, or {@code Integer.MIN_VALUE} when not exactly one. */
    int soleOwner(int slot) {
        int f = fwdCount(slot);
        int b = bwdCount(slot);
        if (f == 1 && b == 0) {
            return fwdXor(slot);
        }
        if (b == 1 && f == 0) {
            return bwdXor(slot);
        }
        return Integer.MIN_VALUE;
    }

    /** Whether the sole owner has the segment in canonical (forward) direction. */
    boolean soleOwnerForward(int slot) {
        return fwdCount(slot) == 1;
    }

    double[] segment(int slot) {
        int k = slot * W;
        return new double[] {
            Double.longBitsToDouble(slots[k]),
            Double.longBitsToDouble(slots[k + 1]),
            Double.longBitsToDouble(slots[k + 2]),
            Double.longBitsToDouble(slots[k + 3])
        };
    }

    /** Bytes held by the table, for the benchmark's memory figure. */
    long bytes() {
        return (long) slots.length * 8;
    }
}
