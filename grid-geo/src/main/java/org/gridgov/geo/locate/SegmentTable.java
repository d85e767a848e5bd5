package org.gridgov.geo.locate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The boundary edges of all grids, each stored once with the one or two grids it bounds.
 *
 * <p>Edges are normalised to point upwards (lower endpoint first; a horizontal edge points
 * rightwards). An edge shared by two grids of a clean coverage becomes one segment with two
 * cells; a third copy of the same edge starts a new segment. Zero-length edges are dropped:
 * they can change no crossing parity. Mutable while built, then read only.
 */
final class SegmentTable {
  double[] coords = new double[1024];
  int[] cellA = new int[256];
  int[] cellB = new int[256];
  int size;
  double minX = Double.POSITIVE_INFINITY;
  double minY = Double.POSITIVE_INFINITY;
  double maxX = Double.NEGATIVE_INFINITY;
  double maxY = Double.NEGATIVE_INFINITY;
  private final Map<Key, Integer> latest = new HashMap<>();

  private record Key(double ax, double ay, double bx, double by) {}

  /** Adds the edge {@code (x0, y0) -> (x1, y1)} of {@code cell}. Coordinates must be finite. */
  void add(int cell, double x0, double y0, double x1, double y1) {
    if (x0 == x1 && y0 == y1) {
      return;
    }
    if (y0 > y1 || (y0 == y1 && x0 > x1)) {
      double t = x0;
      x0 = x1;
      x1 = t;
      t = y0;
      y0 = y1;
      y1 = t;
    }
    Key key = new Key(x0, y0, x1, y1);
    Integer existing = latest.get(key);
    if (existing != null && cellB[existing] < 0) {
      cellB[existing] = cell;
      return;
    }
    if (size == cellA.length) {
      cellA = Arrays.copyOf(cellA, size * 2);
      cellB = Arrays.copyOf(cellB, size * 2);
      coords = Arrays.copyOf(coords, size * 8);
    }
    coords[4 * size] = x0;
    coords[4 * size + 1] = y0;
    coords[4 * size + 2] = x1;
    coords[4 * size + 3] = y1;
    cellA[size] = cell;
    cellB[size] = -1;
    latest.put(key, size);
    size++;
    minX = Math.min(minX, Math.min(x0, x1));
    maxX = Math.max(maxX, Math.max(x0, x1));
    minY = Math.min(minY, y0);
    maxY = Math.max(maxY, y1);
  }
}
