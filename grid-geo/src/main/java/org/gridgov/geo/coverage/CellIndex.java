package org.gridgov.geo.coverage;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * A uniform grid of buckets over the cells' envelopes: O(n) to build, cheap to update
 * when one cell is redrawn, and queries return candidates in ascending cell order so that
 * results never depend on insertion history. Envelopes beyond the grid are clamped into
 * its border buckets. Not thread-safe.
 */
final class CellIndex {
  private final double minX;
  private final double minY;
  private final double size;
  private final int cols;
  private final int rows;
  private final int[][] buckets;
  private final int[] counts;
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
    this.buckets = new int[cols * rows][];
    this.counts = new int[cols * rows];
    this.stamp = new int[envelopes.length];
    for (int i = 0; i < envelopes.length; i++) {
      if (envelopes[i] != null && !envelopes[i].isNull()) {
        insert(i);
      }
    }
  }

  void insert(int cell) {
    Envelope e = envelopes[cell];
    for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
      for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
        int b = r * cols + c;
        int[] bucket = buckets[b];
        if (bucket == null) {
          bucket = new int[4];
          buckets[b] = bucket;
        } else if (counts[b] == bucket.length) {
          bucket = Arrays.copyOf(bucket, bucket.length * 2);
          buckets[b] = bucket;
        }
        bucket[counts[b]++] = cell;
      }
    }
  }

  /** Removes {@code cell}, whose envelope must still be the one it was inserted with. */
  void remove(int cell) {
    Envelope e = envelopes[cell];
    for (int r = row(e.getMinY()); r <= row(e.getMaxY()); r++) {
      for (int c = col(e.getMinX()); c <= col(e.getMaxX()); c++) {
        int b = r * cols + c;
        int[] bucket = buckets[b];
        for (int k = 0; k < counts[b]; k++) {
          if (bucket[k] == cell) {
            bucket[k] = bucket[--counts[b]];
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
        int[] bucket = buckets[b];
        for (int k = 0; k < counts[b]; k++) {
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
    long total = (long) buckets.length * 16 + counts.length * 4L + stamp.length * 4L;
    for (int[] b : buckets) {
      if (b != null) {
        total += 16 + b.length * 4L;
      }
    }
    return total;
  }
}
