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
 *
 * <p>All geometry is evaluated under the symbolic perturbation {@code p + (e, e*e)} for an
 * infinitesimal {@code e}, with exact orientation signs: that is the half-open rule documented on
 * {@link GridLocator}, and it makes the walk agree with a direct crossing-number test on every
 * polygon. Immutable after construction; queries allocate nothing (except in buckets where more
 * than 64 grids meet) and are thread-safe.
 */
final class BucketIndex {
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
  /** Per bucket: a grid index, {@code -1} for none, or {@code -2 - record}. */
  final int[] bucket;
  final int[] recEdgeStart;
  final int[] recCandStart;
  /** Per record with at most 64 candidates: bit k set when candidate k contains the corner. */
  final long[] recStatus;
  final int[] candCell;
  /** Per candidate: contains the corner (used by records with more than 64 candidates). */
  final boolean[] candOdd;
  /** Per entry: lower endpoint then upper endpoint (x, y, x, y). */
  final double[] ecoord;
  /** Per entry: toggle bits of its one or two candidates, or for wide records {@code a | (b + 1) << 32}. */
  final long[] emask;

  BucketIndex(int nx, int ny, double minX, double minY, double maxX, double maxY, double[] xs, double[] ys,
      int[] bucket, int[] recEdgeStart, int[] recCandStart, long[] recStatus, int[] candCell,
      boolean[] candOdd, double[] ecoord, long[] emask) {
    this.nx = nx;
    this.ny = ny;
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
    this.invW = nx / (maxX - minX);
    this.invH = ny / (maxY - minY);
    this.xs = xs;
    this.ys = ys;
    this.bucket = bucket;
    this.recEdgeStart = recEdgeStart;
    this.recCandStart = recCandStart;
    this.recStatus = recStatus;
    this.candCell = candCell;
    this.candOdd = candOdd;
    this.ecoord = ecoord;
    this.emask = emask;
  }

  /** The grid index containing {@code (x, y)} under the half-open rule, or -1. */
  int locate(double x, double y) {
    if (!(x >= minX && x < maxX && y >= minY && y < maxY)) {
      return -1;
    }
    int i = column(x);
    int j = row(y);
    int v = bucket[j * nx + i];
    if (v >= -1) {
      return v;
    }
    return locateInRecord(-2 - v, x, y, xs[i + 1], ys[j]);
  }

  int column(double x) {
    int i = (int) ((x - minX) * invW);
    if (i > nx - 1) {
      i = nx - 1;
    } else if (i < 0) {
      i = 0;
    }
    while (i > 0 && x < xs[i]) {
      i--;
    }
    while (i < nx - 1 && x >= xs[i + 1]) {
      i++;
    }
    return i;
  }

  int row(double y) {
    int j = (int) ((y - minY) * invH);
    if (j > ny - 1) {
      j = ny - 1;
    } else if (j < 0) {
      j = 0;
    }
    while (j > 0 && y < ys[j]) {
      j--;
    }
    while (j < ny - 1 && y >= ys[j + 1]) {
      j++;
    }
    return j;
  }

  private int locateInRecord(int r, double x, double y, double x1, double y0) {
    int from = recEdgeStart[r];
    int to = recEdgeStart[r + 1];
    int c0 = recCandStart[r];
    int cn = recCandStart[r + 1] - c0;
    if (cn > 64) {
      return locateWide(from, to, c0, cn, x, y, x1, y0);
    }
    long inside = recStatus[r];
    double[] c = ecoord;
    for (int e = from; e < to; e++) {
      if (crosses(c, e, x, y, x1, y0)) {
        inside ^= emask[e];
      }
    }
    return inside == 0 ? -1 : candCell[c0 + Long.numberOfTrailingZeros(inside)];
  }

  private int locateWide(int from, int to, int c0, int cn, double x, double y, double x1, double y0) {
    boolean[] inside = new boolean[cn];
    System.arraycopy(candOdd, c0, inside, 0, cn);
    for (int e = from; e < to; e++) {
      if (crosses(ecoord, e, x, y, x1, y0)) {
        long slots = emask[e];
        inside[(int) slots] ^= true;
        int b = (int) (slots >>> 32) - 1;
        if (b >= 0) {
          inside[b] ^= true;
        }
      }
    }
    for (int k = 0; k < cn; k++) {
      if (inside[k]) {
        return candCell[c0 + k];
      }
    }
    return -1;
  }

  /**
   * Whether entry {@code e} crosses the walk from {@code p} right to {@code (x1, py)} and down to
   * {@code (x1, y0)}, all perturbed by {@code (e, e*e)}.
   */
  static boolean crosses(double[] c, int e, double px, double py, double x1, double y0) {
    double ax = c[4 * e];
    double ay = c[4 * e + 1];
    double bx = c[4 * e + 2];
    double by = c[4 * e + 3];
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
    return 8L * (xs.length + ys.length + recStatus.length + ecoord.length + emask.length)
        + 4L * (bucket.length + recEdgeStart.length + recCandStart.length + candCell.length)
        + candOdd.length;
  }
}
