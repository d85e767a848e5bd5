package org.gridgov.geo.locate;

import java.util.Arrays;

/**
 * The boundary edges of all grids, each stored once with the one or two grids it bounds.
 *
 * <p>Edges are normalised to point upwards (lower endpoint first; a horizontal edge points
 * rightwards). An edge shared by two grids of a clean coverage becomes one segment with two
 * cells; a third copy of the same edge, or a second copy in the same grid, starts a new segment
 * (so that every segment names the grids whose boundary it is). Zero-length edges are dropped:
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
    /** Open addressing: segment index + 1 of the latest segment with each key, 0 for empty. */
    private int[] slots = new int[1024];

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
        int slot = find(x0, y0, x1, y1);
        int existing = slots[slot] - 1;
        if (existing >= 0 && cellB[existing] < 0 && cellA[existing] != cell) {
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
        slots[slot] = size + 1;
        size++;
        if (2 * size > slots.length) {
            rehash();
        }
        minX = Math.min(minX, Math.min(x0, x1));
        maxX = Math.max(maxX, Math.max(x0, x1));
        minY = Math.min(minY, y0);
        maxY = Math.max(maxY, y1);
    }

    private int find(double x0, double y0, double x1, double y1) {
        int mask = slots.length - 1;
        int h = hash(x0, y0, x1, y1) & mask;
        while (true) {
            int k = slots[h] - 1;
            if (k < 0
                    || (coords[4 * k] == x0
                            && coords[4 * k + 1] == y0
                            && coords[4 * k + 2] == x1
                            && coords[4 * k + 3] == y1)) {
                return h;
            }
            h = (h + 1) & mask;
        }
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        for (int v : old) {
            if (v > 0) {
                int k = v - 1;
                int at = find(coords[4 * k], coords[4 * k + 1], coords[4 * k + 2], coords[4 * k + 3]);
                // Keep the latest copy of a key: later segments overwrite earlier ones with the same key.
                if (slots[at] < v) {
                    slots[at] = v;
                }
            }
        }
    }

    private static int hash(double x0, double y0, double x1, double y1) {
        long h = Double.doubleToLongBits(x0 + 0.0);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y0 + 0.0);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(x1 + 0.0);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y1 + 0.0);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }
}
