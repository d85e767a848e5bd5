package org.gridgov.geo.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The brute-force road walk: every point joins the nearest segment (checking all of them), the
 * segments are split at those points into an explicit graph, and a plain O(V²) Dijkstra runs from
 * each home to every station. Slow and obviously right.
 */
final class RoadOracle {
    private RoadOracle() {}

    /** Per home, the shortest walk to any station (infinite when none). */
    static double[] walks(List<LineString> roads, List<Site> homes, List<Site> stations) {
        List<double[]> segs = new ArrayList<>();
        for (LineString line : roads) {
            Coordinate[] cs = line.getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                if (!cs[i - 1].equals2D(cs[i])) {
                    segs.add(new double[] {cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y});
                }
            }
        }
        // points on the network: all vertices, then every home's and station's foot on its nearest segment
        List<double[]> nodes = new ArrayList<>();
        List<List<double[]>> onSegment = new ArrayList<>(); // per segment: {t, node}
        for (int s = 0; s < segs.size(); s++) {
            onSegment.add(new ArrayList<>());
            double[] g = segs.get(s);
            onSegment.get(s).add(new double[] {0, node(nodes, g[0], g[1])});
            onSegment.get(s).add(new double[] {1, node(nodes, g[2], g[3])});
        }
        int[] homeFoot = new int[homes.size()];
        double[] homeConnector = new double[homes.size()];
        for (int i = 0; i < homes.size(); i++) {
            double[] f = foot(segs, homes.get(i), nodes, onSegment);
            homeFoot[i] = (int) f[0];
            homeConnector[i] = f[1];
        }
        int[] stationFoot = new int[stations.size()];
        double[] stationConnector = new double[stations.size()];
        for (int i = 0; i < stations.size(); i++) {
            double[] f = foot(segs, stations.get(i), nodes, onSegment);
            stationFoot[i] = (int) f[0];
            stationConnector[i] = f[1];
        }
        int n = nodes.size();
        double[][] w = new double[n][n];
        for (double[] row : w) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (List<double[]> points : onSegment) {
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int k = 1; k < points.size(); k++) {
                int a = (int) points.get(k - 1)[1];
                int b = (int) points.get(k)[1];
                double d = Geodesy.distance(nodes.get(a)[0], nodes.get(a)[1], nodes.get(b)[0], nodes.get(b)[1]);
                w[a][b] = Math.min(w[a][b], d);
                w[b][a] = Math.min(w[b][a], d);
            }
        }
        double[] out = new double[homes.size()];
        for (int h = 0; h < homes.size(); h++) {
            double[] dist = dijkstra(w, homeFoot[h]);
            double best = Double.POSITIVE_INFINITY;
            for (int s = 0; s < stations.size(); s++) {
                best = Math.min(best, dist[stationFoot[s]] + stationConnector[s]);
            }
            out[h] = best + homeConnector[h];
        }
        return out;
    }

    private static int node(List<double[]> nodes, double x, double y) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i)[0] == x && nodes.get(i)[1] == y) {
                return i;
            }
        }
        nodes.add(new double[] {x, y});
        return nodes.size() - 1;
    }

    /** {node, connector metres} of the point's foot on its nearest segment, added as a new node. */
    private static double[] foot(List<double[]> segs, Site p, List<double[]> nodes, List<List<double[]>> onSegment) {
        double kx = LocalPlane.metresPerDegreeLon(p.lat());
        double ky = LocalPlane.metresPerDegreeLat(p.lat());
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        double bestT = 0;
        for (int s = 0; s < segs.size(); s++) {
            double[] g = segs.get(s);
            double ax = (g[0] - p.lon()) * kx;
            double ay = (g[1] - p.lat()) * ky;
            double bx = (g[2] - p.lon()) * kx;
            double by = (g[3] - p.lat()) * ky;
            double dx = bx - ax;
            double dy = by - ay;
            double t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
            double d = Math.hypot(ax + t * dx, ay + t * dy);
            if (d < bestD) {
                bestD = d;
                best = s;
                bestT = t;
            }
        }
        double[] g = segs.get(best);
        double x = g[0] + bestT * (g[2] - g[0]);
        double y = g[1] + bestT * (g[3] - g[1]);
        nodes.add(new double[] {x, y});
        int id = nodes.size() - 1;
        onSegment.get(best).add(new double[] {bestT, id});
        return new double[] {id, Geodesy.distance(p.lon(), p.lat(), x, y)};
    }

    private static double[] dijkstra(double[][] w, int source) {
        int n = w.length;
        double[] dist = new double[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        for (int round = 0; round < n; round++) {
            int u = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && (u < 0 || dist[i] < dist[u])) {
                    u = i;
                }
            }
            if (dist[u] == Double.POSITIVE_INFINITY) {
                break;
            }
            done[u] = true;
            for (int v = 0; v < n; v++) {
                if (w[u][v] < Double.POSITIVE_INFINITY && dist[u] + w[u][v] < dist[v]) {
                    dist[v] = dist[u] + w[u][v];
                }
            }
        }
        return dist;
    }
}
