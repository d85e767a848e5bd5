package org.gridgov.geo.coverage;

import java.util.Arrays;

/**
 * An open-addressing hash table of undirected segments, each with how often it occurs in
 * either direction and the XOR of the cells that contributed each direction. In a clean
 * coverage every interior segment occurs once forwards (one cell, shell counter-clockwise)
 * and once backwards (its neighbour); the parent takes part as a virtual cell
 * {@link #OUTSIDE} with its rings reversed. Anything else is "unmatched": a defect or, with
 * no parent, the outline. Supports removal (counts go down; the key stays as a tombstone).
 * Not thread-safe.
 */
final class SegmentTable {
  /** The virtual cell outside the parent. */
  static final int OUTSIDE = -1;

  private double[] keys;
  private int[] fwdCount;
  private int[] bwdCount;
  private int[] fwdXor;
  private int[] bwdXor;
  private boolean[] used;
  private int mask;
  private int size;

  SegmentTable(int expectedSegments) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedSegments * 2 - 1)) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new double[capacity * 4];
    fwdCount = new int[capacity];
    bwdCount = new int[capacity];
    fwdXor = new int[capacity];
    bwdXor = new int[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    size = 0;
  }

  int capacity() {
    return used.length;
  }

  /** Adds ({@code delta = 1}) or removes ({@code -1}) the directed segment a-b of {@code cell}; returns its slot. */
  int add(double ax, double ay, double bx, double by, int cell, int delta) {
    ax += 0.0;
    ay += 0.0;
    bx += 0.0;
    by += 0.0;
    boolean forward = ax < bx || (ax == bx && ay < by);
    double x1 = forward ? ax : bx;
    double y1 = forward ? ay : by;
    double x2 = forward ? bx : ax;
    double y2 = forward ? by : ay;
    if (size * 2 >= used.length) {
      grow();
    }
    int slot = find(x1, y1, x2, y2);
    if (!used[slot]) {
      used[slot] = true;
      keys[slot * 4] = x1;
      keys[slot * 4 + 1] = y1;
      keys[slot * 4 + 2] = x2;
      keys[slot * 4 + 3] = y2;
      size++;
    }
    if (forward) {
      fwdCount[slot] += delta;
      fwdXor[slot] ^= cell;
    } else {
      bwdCount[slot] += delta;
      bwdXor[slot] ^= cell;
    }
    return slot;
  }

  private int find(double x1, double y1, double x2, double y2) {
    long h = Double.doubleToLongBits(x1) * 0x9E3779B97F4A7C15L;
    h = (h ^ Double.doubleToLongBits(y1)) * 0xC2B2AE3D27D4EB4FL;
    h = (h ^ Double.doubleToLongBits(x2)) * 0x165667B19E3779F9L;
    h = (h ^ Double.doubleToLongBits(y2)) * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
    while (used[slot]) {
      int k = slot * 4;
      if (keys[k] == x1 && keys[k + 1] == y1 && keys[k + 2] == x2 && keys[k + 3] == y2) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    double[] oldKeys = keys;
    int[] of = fwdCount;
    int[] ob = bwdCount;
    int[] ofx = fwdXor;
    int[] obx = bwdXor;
    boolean[] oldUsed = used;
    allocate(oldUsed.length * 2);
    for (int s = 0; s < oldUsed.length; s++) {
      if (oldUsed[s]) {
        int slot = find(oldKeys[s * 4], oldKeys[s * 4 + 1], oldKeys[s * 4 + 2], oldKeys[s * 4 + 3]);
        used[slot] = true;
        System.arraycopy(oldKeys, s * 4, keys, slot * 4, 4);
        fwdCount[slot] = of[s];
        bwdCount[slot] = ob[s];
        fwdXor[slot] = ofx[s];
        bwdXor[slot] = obx[s];
        size++;
      }
    }
  }

  boolean isUsed(int slot) {
    return used[slot];
  }

  /** True when the slot holds a segment that is present and not matched exactly once each way by two cells. */
  boolean isUnmatched(int slot) {
    int f = fwdCount[slot];
    int b = bwdCount[slot];
    if (f == 0 && b == 0) {
      return false;
    }
    return f != 1 || b != 1 || fwdXor[slot] == bwdXor[slot];
  }

  /** The single cell that has this segment, or {@code Integer.MIN_VALUE} when not exactly one. */
  int soleOwner(int slot) {
    int f = fwdCount[slot];
    int b = bwdCount[slot];
    if (f == 1 && b == 0) {
      return fwdXor[slot];
    }
    if (b == 1 && f == 0) {
      return bwdXor[slot];
    }
    return Integer.MIN_VALUE;
  }

  /** Whether the sole owner has the segment in canonical (forward) direction. */
  boolean soleOwnerForward(int slot) {
    return fwdCount[slot] == 1;
  }

  double[] segment(int slot) {
    return Arrays.copyOfRange(keys, slot * 4, slot * 4 + 4);
  }

  /** Bytes held by the arrays, for the benchmark's memory figure. */
  long bytes() {
    return (long) used.length * (4 * 8 + 4 * 4 + 1);
  }
}
