package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A uniform grid of buckets over a few (parent) segments, each segment entered only in
 * the buckets its line actually crosses, so asking which segments may touch a cell far from
 * the parent's border costs a few empty buckets. Conservative: may return segments that do
 * not touch, never misses one that does. Not thread-safe.
 */
final class SegmentGrid {
    private final List<double[]> segments;
    private final Envelope extent;
    private final int side;
    private final double width;
    private final double height;
    private final int[][] buckets;
    private final int[] counts;
    private final int[] stamp;
    private int query;

    SegmentGrid(List<double[]> segments) {
        this.segments = segments;
        Envelope e = new Envelope();
        for (double[] s : segments) {
            e.expandToInclude(s[0], s[1]);
            e.expandToInclude(s[2], s[3]);
        }
        this.extent = e;
        this.side = (int) Math.max(16, Math.min(1024, Math.sqrt(segments.size()) * 4));
        this.width = Math.max(e.getWidth(), 1e-12) / side;
        this.height = Math.max(e.getHeight(), 1e-12) / side;
        this.buckets = new int[side * side][];
        this.counts = new int[side * side];
        this.stamp = new int[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            double[] s = segments.get(i);
            Envelope env = new Envelope(s[0], s[2], s[1], s[3]);
            for (int r = row(env.getMinY()); r <= row(env.getMaxY()); r++) {
                for (int c = col(env.getMinX()); c <= col(env.getMaxX()); c++) {
                    if (crosses(s, c, r)) {
                        int b = r * side + c;
                        if (buckets[b] == null) {
                            buckets[b] = new int[2];
                        } else if (counts[b] == buckets[b].length) {
                            buckets[b] = Arrays.copyOf(buckets[b], counts[b] * 2);
                        }
                        buckets[b][counts[b]++] = i;
                    }
                }
            }
        }
    }

    /** Segments that may touch envelope {@code e}. */
    List<Integer> query(Envelope e) {
        List<Integer> out = new ArrayList<>(2);
        if (segments.isEmpty() || !e.intersects(extent)) {
            return out;
        }
        query++;
        for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
            for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
                int b = r * side + c;
                for (int k = 0; k < counts[b]; k++) {
                    int i = buckets[b][k];
                    if (stamp[i] != query) {
                        stamp[i] = query;
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the segment's line passes through bucket (c, r), grown by a hair on each side. */
    private boolean crosses(double[] s, int c, int r) {
        double x0 = extent.getMinX() + c * width - width * 1e-6;
        double y0 = extent.getMinY() + r * height - height * 1e-6;
        double x1 = x0 + width * (1 + 2e-6);
        double y1 = y0 + height * (1 + 2e-6);
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double a = dx * (y0 - s[1]) - dy * (x0 - s[0]);
        double b = dx * (y0 - s[1]) - dy * (x1 - s[0]);
        double d = dx * (y1 - s[1]) - dy * (x0 - s[0]);
        double f = dx * (y1 - s[1]) - dy * (x1 - s[0]);
        boolean allAbove = a > 0 && b > 0 && d > 0 && f > 0;
        boolean allBelow = a < 0 && b < 0 && d < 0 && f < 0;
        return !allAbove && !allBelow;
    }

    private int col(double x) {
        return Math.max(0, Math.min(side - 1, (int) Math.floor((x - extent.getMinX()) / width)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(side - 1, (int) Math.floor((y - extent.getMinY()) / height)));
    }
}
