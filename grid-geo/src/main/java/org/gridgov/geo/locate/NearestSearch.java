package org.gridgov.geo.locate;

import org.gridgov.geo.internal.Geodesy;

/**
 * Finds the grid whose boundary is nearest to a point, by scanning rings of buckets outwards
 * from the point's bucket until the ring is farther than the best edge found.
 *
 * <p>For longitude/latitude the search measures in degrees with longitude scaled by the cosine
 * of the point's latitude (a local equirectangular metric, good to well under a percent within
 * tens of kilometres), then reports the distance on the WGS84 ellipsoid ({@link Geodesy}, the model
 * coverage measures with) to the closest boundary point found.
 * A point far outside the extent may scan many buckets.
 */
final class NearestSearch {
    private final BucketIndex ix;
    private final boolean lonLat;

    NearestSearch(BucketIndex ix, boolean lonLat) {
        this.ix = ix;
        this.lonLat = lonLat;
    }

    /** The nearest grid's index, writing the distance in metres to {@code distance[0]}; -1 if none. */
    int nearest(double px, double py, double[] distance) {
        double kx = lonLat ? Math.cos(Math.toRadians(Math.max(-89.9, Math.min(89.9, py)))) : 1;
        int i0 = ix.column(px);
        int j0 = ix.row(py);
        double best = Double.POSITIVE_INFINITY;
        int bestCell = -1;
        double bestX = 0;
        double bestY = 0;
        int maxRing = Math.max(ix.nx, ix.ny);
        for (int k = 0; k <= maxRing; k++) {
            double ringMin = Double.POSITIVE_INFINITY;
            for (int j = Math.max(0, j0 - k); j <= Math.min(ix.ny - 1, j0 + k); j++) {
                boolean edgeRow = j == j0 - k || j == j0 + k;
                int step = edgeRow || k == 0 ? 1 : 2 * k;
                for (int i = i0 - k; i <= i0 + k; i += step) {
                    if (i < 0 || i >= ix.nx) {
                        continue;
                    }
                    double rd = rectDistanceSquared(i, j, px, py, kx);
                    ringMin = Math.min(ringMin, rd);
                    int v = ix.bucket[j * ix.nx + i];
                    if (rd > best || v >= -1) {
                        continue;
                    }
                    int o = -2 - v;
                    long header = ix.data[o];
                    int edges = (int) (header >>> 32);
                    boolean wide = (int) header > 64;
                    int candidates = o + 2 + BucketIndex.EDGE * edges;
                    for (int e = o + 2; e < candidates; e += BucketIndex.EDGE) {
                        long mask = ix.data[e + 4];
                        if (!wide && mask == 0) {
                            continue;
                        }
                        int cell = (int) ix.data[candidates + (wide ? (int) mask : Long.numberOfTrailingZeros(mask))];
                        double ax = Double.longBitsToDouble(ix.data[e]);
                        double ay = Double.longBitsToDouble(ix.data[e + 1]);
                        double dx = Double.longBitsToDouble(ix.data[e + 2]) - ax;
                        double dy = Double.longBitsToDouble(ix.data[e + 3]) - ay;
                        double len2 = dx * dx * kx * kx + dy * dy;
                        double t = len2 == 0 ? 0 : ((px - ax) * dx * kx * kx + (py - ay) * dy) / len2;
                        t = Math.max(0, Math.min(1, t));
                        double qx = ax + t * dx;
                        double qy = ay + t * dy;
                        double d = (qx - px) * (qx - px) * kx * kx + (qy - py) * (qy - py);
                        if (d < best || (d == best && cell < bestCell)) {
                            best = d;
                            bestCell = cell;
                            bestX = qx;
                            bestY = qy;
                        }
                    }
                }
            }
            if (ringMin == Double.POSITIVE_INFINITY || ringMin > best) {
                break;
            }
        }
        if (bestCell >= 0) {
            distance[0] = lonLat ? Geodesy.distance(px, py, bestX, bestY) : Math.sqrt(best);
        }
        return bestCell;
    }

    private double rectDistanceSquared(int i, int j, double px, double py, double kx) {
        double dx = Math.max(0, Math.max(ix.xs[i] - px, px - ix.xs[i + 1])) * kx;
        double dy = Math.max(0, Math.max(ix.ys[j] - py, py - ix.ys[j + 1]));
        return dx * dx + dy * dy;
    }
}
