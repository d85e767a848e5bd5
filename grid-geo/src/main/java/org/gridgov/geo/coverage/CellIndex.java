package org.gridgov.geo.coverage;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * A uniform grid of buckets over the cells' envelopes. Built in O(n) as one packed array
 * (counts, prefix sums, fill); a redrawn cell leaves the packed array and lives in small
 * per-bucket overflow lists. Queries return candidates in ascending cell order so results
 * never depend on history. Envelopes beyond the grid are clamped into its border buckets.
 * Not thread-safe.
 */
final class CellIndex {
    private final double minX;
    private final double minY;
    private final double size;
    private final int cols;
    private final int rows;
    private final int[] start;
    private final int[] packed;
    private final boolean[] moved;
    private final int[][] overflow;
    private final int[] overflowCount;
    private final Envelope[] envelopes;
    private int[] stamp;
    private int query;

    CellIndex(Envelope extent, Envelope[] envelopes) {
        this.envelopes = envelopes;
        int n = Math.max(1, envelopes.length);
        double w = Math.max(extent.getWidth(), 1e-9);
        double h = Math.max(extent.getHeight(), 1e-9);
        double s = Math.sqrt(w * h / n);
        this.size = s > 0 ? s : 1;
        this.minX = extent.getMinX();
        this.minY = extent.getMinY();
        this.cols = (int) Math.min(4096, Math.max(1, Math.ceil(w / size)));
        this.rows = (int) Math.min(4096, Math.max(1, Math.ceil(h / size)));
        int buckets = cols * rows;
        this.start = new int[buckets + 1];
        this.overflow = new int[buckets][];
        this.overflowCount = new int[buckets];
        this.moved = new boolean[envelopes.length];
        this.stamp = new int[envelopes.length];
        for (Envelope e : envelopes) {
            if (usable(e)) {
                for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
                    for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
                        start[r * cols + c + 1]++;
                    }
                }
            }
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        this.packed = new int[start[buckets]];
        int[] fill = Arrays.copyOf(start, buckets);
        for (int i = 0; i < envelopes.length; i++) {
            Envelope e = envelopes[i];
            if (usable(e)) {
                for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
                    for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
                        packed[fill[r * cols + c]++] = i;
                    }
                }
            }
        }
    }

    private static boolean usable(Envelope e) {
        return e != null && !e.isNull();
    }

    /** Inserts {@code cell} with its current envelope (after {@link #remove}). */
    void insert(int cell) {
        moved[cell] = true;
        Envelope e = envelopes[cell];
        if (!usable(e)) {
            return;
        }
        for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
            for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
                int b = r * cols + c;
                int[] bucket = overflow[b];
                if (bucket == null) {
                    bucket = new int[4];
                    overflow[b] = bucket;
                } else if (overflowCount[b] == bucket.length) {
                    bucket = Arrays.copyOf(bucket, bucket.length * 2);
                    overflow[b] = bucket;
                }
                bucket[overflowCount[b]++] = cell;
            }
        }
    }

    /** Removes {@code cell}, whose envelope must still be the one it was inserted with. */
    void remove(int cell) {
        if (!moved[cell]) {
            moved[cell] = true;
            return;
        }
        Envelope e = envelopes[cell];
        if (!usable(e)) {
            return;
        }
        for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
            for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
                int b = r * cols + c;
                int[] bucket = overflow[b];
                for (int k = 0; bucket != null && k < overflowCount[b]; k++) {
                    if (bucket[k] == cell) {
                        bucket[k] = bucket[--overflowCount[b]];
                        break;
                    }
                }
            }
        }
    }

    /** Cells whose envelope intersects {@code e}, ascending. */
    int[] query(Envelope e) {
        if (++query == Integer.MAX_VALUE) {
            stamp = new int[stamp.length];
            query = 1;
        }
        int[] out = new int[16];
        int n = 0;
        for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
            for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
                int b = r * cols + c;
                for (int k = start[b]; k < start[b + 1]; k++) {
                    int cell = packed[k];
                    if (!moved[cell] && stamp[cell] != query && envelopes[cell].intersects(e)) {
                        stamp[cell] = query;
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = cell;
                    }
                }
                int[] bucket = overflow[b];
                for (int k = 0; k < overflowCount[b]; k++) {
                    int cell = bucket[k];
                    if (stamp[cell] != query && envelopes[cell].intersects(e)) {
                        stamp[cell] = query;
                        if (n == out.length) {
                            out = Arrays.copyOf(out, n * 2);
                        }
                        out[n++] = cell;
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    private int col(double x) {
        int c = (int) Math.floor((x - minX) / size);
        return Math.max(0, Math.min(cols - 1, c));
    }

    private int row(double y) {
        int r = (int) Math.floor((y - minY) / size);
        return Math.max(0, Math.min(rows - 1, r));
    }

    long bytes() {
        long total = start.length * 4L
                + packed.length * 4L
                + moved.length
                + stamp.length * 4L
                + overflow.length * 8L
                + overflowCount.length * 4L;
        for (int[] b : overflow) {
            if (b != null) {
                total += 16 + b.length * 4L;
            }
        }
        return total;
    }
}
