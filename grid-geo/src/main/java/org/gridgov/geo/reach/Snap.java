package org.gridgov.geo.reach;

import org.gridgov.geo.internal.Geodesy;

/**
 * Where a point joins a road network: segment {@code segment}, at lon/lat ({@code x}, {@code y}),
 * {@code toFrom} metres from its start node and {@code toTo} from its end node, after a straight
 * connector of {@code connector} metres.
 */
record Snap(int segment, double x, double y, double connector, double toFrom, double toTo) {

    static Snap onto(RoadNetwork net, int s, double lon, double lat, double kx, double ky) {
        double ax = (net.xs[net.from[s]] - lon) * kx;
        double ay = (net.ys[net.from[s]] - lat) * ky;
        double bx = (net.xs[net.to[s]] - lon) * kx;
        double by = (net.ys[net.to[s]] - lat) * ky;
        double t = along(ax, ay, bx, by);
        double x = net.xs[net.from[s]] + t * (net.xs[net.to[s]] - net.xs[net.from[s]]);
        double y = net.ys[net.from[s]] + t * (net.ys[net.to[s]] - net.ys[net.from[s]]);
        return new Snap(
                s,
                x,
                y,
                Geodesy.distance(lon, lat, x, y),
                Geodesy.distance(x, y, net.xs[net.from[s]], net.ys[net.from[s]]),
                Geodesy.distance(x, y, net.xs[net.to[s]], net.ys[net.to[s]]));
    }

    /** The parameter 0..1 of the point on segment a-b nearest the origin. */
    static double along(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        if (len2 == 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    }
}
