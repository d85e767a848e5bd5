package org.gridgov.geo.locate;

import java.util.Arrays;

/**
 * Builds a {@link BucketIndex} from a {@link SegmentTable}: sizes the bucket grid, assigns every
 * segment to each bucket it may touch (closed buckets, conservatively), and walks every bucket
 * row from right to left to learn which grids contain each bucket's bottom-right corner.
 */
final class BucketIndexBuilder {
    /**
     * Buckets per unique segment. On the 100k synthetic city: 1 gives 42 MB and about 10 M
     * lookups/s in batches, 2 gives 56 MB, 4 gives 77 MB and about twice the speed of 1 (fewer
     * edges per walk); measured under load, so only the trend is firm.
     */
    static final double BUCKETS_PER_SEGMENT = 4.0;

    private static final int MAX_BUCKETS = 1 << 24;
    private static final int MAX_SIDE = 1 << 14;

    private final SegmentTable segments;
    private final int cells;
    private final double bucketsPerSegment;

    private BucketIndexBuilder(SegmentTable segments, int cells, double bucketsPerSegment) {
        this.segments = segments;
        this.cells = cells;
        this.bucketsPerSegment = bucketsPerSegment;
    }

    static BucketIndex build(SegmentTable segments, int cells, double bucketsPerSegment) {
        return new BucketIndexBuilder(segments, cells, bucketsPerSegment).build();
    }

    private BucketIndex build() {
        SegmentTable s = segments;
        if (s.size == 0) {
            return new BucketIndex(
                    1, 1, 0, 0, 0, 0, new double[] {0, 0}, new double[] {0, 0}, new int[] {-1}, new long[0]);
        }
        double width = s.maxX - s.minX;
        double height = s.maxY - s.minY;
        double target = Math.max(1, Math.min(MAX_BUCKETS, s.size * bucketsPerSegment));
        int nx;
        int ny;
        if (width > 0 && height > 0) {
            nx = clampSide(Math.round(Math.sqrt(target * width / height)));
            ny = clampSide(Math.round(target / nx));
        } else {
            nx = width > 0 ? clampSide(Math.round(target)) : 1;
            ny = height > 0 ? clampSide(Math.round(target)) : 1;
        }
        double[] xs = BucketIndex.boundaries(s.minX, s.maxX, nx);
        double[] ys = BucketIndex.boundaries(s.minY, s.maxY, ny);
        int[] bucket = new int[nx * ny];
        BucketIndex shape = new BucketIndex(nx, ny, s.minX, s.minY, s.maxX, s.maxY, xs, ys, bucket, null);
        int[] start = new int[nx * ny + 1];
        int[] ranges = new int[4 * s.size];
        for (int k = 0; k < s.size; k++) {
            double ax = s.coords[4 * k];
            double bx = s.coords[4 * k + 2];
            double lo = Math.min(ax, bx);
            int i0 = shape.column(lo);
            if (i0 > 0 && lo == xs[i0]) {
                i0--;
            }
            int i1 = shape.column(Math.max(ax, bx));
            int j0 = shape.row(s.coords[4 * k + 1]);
            int j1 = shape.row(s.coords[4 * k + 3]);
            ranges[4 * k] = i0;
            ranges[4 * k + 1] = i1;
            ranges[4 * k + 2] = j0;
            ranges[4 * k + 3] = j1;
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    if (mayTouch(s.coords, k, xs, ys, i, j)) {
                        start[j * nx + i + 1]++;
                    }
                }
            }
        }
        for (int b = 0; b < nx * ny; b++) {
            start[b + 1] += start[b];
        }
        int entries = start[nx * ny];
        int[] entrySeg = new int[entries];
        int[] fill = Arrays.copyOf(start, nx * ny);
        for (int k = 0; k < s.size; k++) {
            for (int j = ranges[4 * k + 2]; j <= ranges[4 * k + 3]; j++) {
                for (int i = ranges[4 * k]; i <= ranges[4 * k + 1]; i++) {
                    if (mayTouch(s.coords, k, xs, ys, i, j)) {
                        entrySeg[fill[j * nx + i]++] = k;
                    }
                }
            }
        }
        return new Records(nx, ny, xs, ys, bucket, start, entrySeg, entries).walkRows(shape);
    }

    /**
     * Whether segment {@code k} may touch the closed bucket {@code (i, j)}, given that its bounding
     * box does: false only when all four corners lie clearly on one side of the segment's line.
     * Conservative (a corner within a generous rounding tolerance of the line counts as on it), so
     * it never drops a bucket the segment touches; it only spares diagonal segments the buckets
     * their bounding box covers but they miss.
     */
    private static boolean mayTouch(double[] c, int k, double[] xs, double[] ys, int i, int j) {
        double ax = c[4 * k];
        double ay = c[4 * k + 1];
        double dx = c[4 * k + 2] - ax;
        double dy = c[4 * k + 3] - ay;
        if (dx == 0 || dy == 0) {
            return true;
        }
        int above = 0;
        int below = 0;
        for (int corner = 0; corner < 4; corner++) {
            double x = xs[i + (corner & 1)] - ax;
            double y = ys[j + (corner >> 1)] - ay;
            double left = dx * y;
            double right = dy * x;
            double tolerance = 1e-9 * (Math.abs(left) + Math.abs(right));
            if (left - right > tolerance) {
                above++;
            } else if (right - left > tolerance) {
                below++;
            } else {
                return true;
            }
        }
        return above > 0 && below > 0;
    }

    private static int clampSide(long n) {
        return (int) Math.max(1, Math.min(MAX_SIDE, n));
    }

    /** The second phase: one record per touched bucket, with its corner status from the row walk. */
    private final class Records {
        private final int nx;
        private final int ny;
        private final double[] xs;
        private final double[] ys;
        private final int[] bucket;
        private final int[] start;
        private final int[] entrySeg;
        private long[] data;
        private int used;
        private final boolean[] odd = new boolean[cells];
        private int[] oddList = new int[16];
        private int oddCount;
        private int[] scratch = new int[64];

        Records(int nx, int ny, double[] xs, double[] ys, int[] bucket, int[] start, int[] entrySeg, int entries) {
            this.nx = nx;
            this.ny = ny;
            this.xs = xs;
            this.ys = ys;
            this.bucket = bucket;
            this.start = start;
            this.entrySeg = entrySeg;
            this.data = new long[Math.max(16, (BucketIndex.EDGE + 2) * entries)];
        }

        BucketIndex walkRows(BucketIndex shape) {
            SegmentTable s = segments;
            for (int j = 0; j < ny; j++) {
                double y0 = ys[j];
                for (int i = nx - 1; i >= 0; i--) {
                    int b = j * nx + i;
                    if (start[b] == start[b + 1]) {
                        bucket[b] = oddCount == 0 ? -1 : minOdd();
                        continue;
                    }
                    bucket[b] = -2 - addRecord(start[b], start[b + 1]);
                    for (int k = start[b]; k < start[b + 1]; k++) {
                        int seg = entrySeg[k];
                        double ax = s.coords[4 * seg];
                        double ay = s.coords[4 * seg + 1];
                        double bx = s.coords[4 * seg + 2];
                        double by = s.coords[4 * seg + 3];
                        if (ay <= y0
                                && y0 < by
                                && BucketIndex.leftOfUpward(ax, ay, bx, by, xs[i], y0)
                                        != BucketIndex.leftOfUpward(ax, ay, bx, by, xs[i + 1], y0)) {
                            toggle(s.cellA[seg]);
                            if (s.cellB[seg] >= 0) {
                                toggle(s.cellB[seg]);
                            }
                        }
                    }
                }
                while (oddCount > 0) {
                    toggle(oddList[oddCount - 1]);
                }
            }
            return new BucketIndex(
                    nx, ny, shape.minX, shape.minY, shape.maxX, shape.maxY, xs, ys, bucket, Arrays.copyOf(data, used));
        }

        private int addRecord(int from, int to) {
            SegmentTable s = segments;
            int n = 0;
            int need = 2 * (to - from) + oddCount;
            if (scratch.length < need) {
                scratch = new int[need * 2];
            }
            for (int k = from; k < to; k++) {
                int seg = entrySeg[k];
                scratch[n++] = s.cellA[seg];
                if (s.cellB[seg] >= 0) {
                    scratch[n++] = s.cellB[seg];
                }
            }
            System.arraycopy(oddList, 0, scratch, n, oddCount);
            n += oddCount;
            Arrays.sort(scratch, 0, n);
            int unique = 0;
            for (int k = 0; k < n; k++) {
                if (unique == 0 || scratch[unique - 1] != scratch[k]) {
                    scratch[unique++] = scratch[k];
                }
            }
            int edges = to - from;
            int size = 2 + BucketIndex.EDGE * edges + unique;
            if (used + size > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + size));
            }
            if (used + size < 0) {
                throw new IllegalStateException("point-location index exceeds 2^31 entries");
            }
            int o = used;
            used += size;
            data[o] = (long) edges << 32 | unique;
            long status = 0;
            int candidates = o + 2 + BucketIndex.EDGE * edges;
            for (int k = 0; k < unique; k++) {
                boolean inside = odd[scratch[k]];
                data[candidates + k] = scratch[k] | (inside ? 1L << 32 : 0L);
                if (inside && k < 64) {
                    status |= 1L << k;
                }
            }
            data[o + 1] = status;
            int e = o + 2;
            for (int k = from; k < to; k++, e += BucketIndex.EDGE) {
                int seg = entrySeg[k];
                for (int c = 0; c < 4; c++) {
                    data[e + c] = Double.doubleToRawLongBits(s.coords[4 * seg + c]);
                }
                int a = Arrays.binarySearch(scratch, 0, unique, s.cellA[seg]);
                int b = s.cellB[seg] >= 0 ? Arrays.binarySearch(scratch, 0, unique, s.cellB[seg]) : -1;
                if (unique <= 64) {
                    data[e + 4] = (1L << a) ^ (b >= 0 ? 1L << b : 0L);
                } else {
                    data[e + 4] = a | ((long) (b + 1) << 32);
                }
            }
            return o;
        }

        private int minOdd() {
            int min = Integer.MAX_VALUE;
            for (int k = 0; k < oddCount; k++) {
                min = Math.min(min, oddList[k]);
            }
            return min;
        }

        private void toggle(int cell) {
            if (odd[cell]) {
                odd[cell] = false;
                for (int k = 0; k < oddCount; k++) {
                    if (oddList[k] == cell) {
                        oddList[k] = oddList[--oddCount];
                        break;
                    }
                }
            } else {
                odd[cell] = true;
                if (oddCount == oddList.length) {
                    oddList = Arrays.copyOf(oddList, oddCount * 2);
                }
                oddList[oddCount++] = cell;
            }
        }
    }
}
