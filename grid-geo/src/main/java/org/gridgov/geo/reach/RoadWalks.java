package org.gridgov.geo.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.geo.internal.Geodesy;

/**
 * Walks along roads from a set of sources (stations, or one candidate site): one multi-source
 * Dijkstra over the road nodes, then each home's walk is its connector plus the better of its
 * segment's two ends, or a straight walk along the segment to a source that joined the same one.
 */
final class RoadWalks {
    private final RoadNetwork net;
    private final Snap[] sources;
    private final Dijkstra walks;
    private final Map<Integer, List<Integer>> sourcesBySegment = new HashMap<>();

    RoadWalks(RoadNetwork net, List<Site> sources, double limit) {
        this.net = net;
        this.sources = new Snap[sources.size()];
        int[] node = new int[2 * sources.size()];
        double[] dist = new double[node.length];
        int[] label = new int[node.length];
        int seeds = 0;
        for (int i = 0; i < sources.size(); i++) {
            Snap s = net.snap(sources.get(i).lon(), sources.get(i).lat());
            this.sources[i] = s;
            if (s == null) {
                continue;
            }
            sourcesBySegment
                    .computeIfAbsent(s.segment(), k -> new ArrayList<>())
                    .add(i);
            node[seeds] = net.from[s.segment()];
            dist[seeds] = s.connector() + s.toFrom();
            label[seeds++] = i;
            node[seeds] = net.to[s.segment()];
            dist[seeds] = s.connector() + s.toTo();
            label[seeds++] = i;
        }
        walks = Dijkstra.run(net, node, dist, label, seeds, limit);
    }

    /** The source nearest this home by walk, or -1; {@code metres[0]} gets the walk (infinite when none). */
    int nearest(Site home, double[] metres) {
        Snap h = net.snap(home.lon(), home.lat());
        return nearest(h, metres);
    }

    int nearest(Snap h, double[] metres) {
        metres[0] = Double.POSITIVE_INFINITY;
        if (h == null) {
            return -1;
        }
        int s = h.segment();
        double best = Double.POSITIVE_INFINITY;
        int bestLabel = -1;
        int a = net.from[s];
        int b = net.to[s];
        if (walks.label[a] >= 0) {
            best = walks.dist[a] + h.toFrom();
            bestLabel = walks.label[a];
        }
        if (walks.label[b] >= 0) {
            double d = walks.dist[b] + h.toTo();
            if (d < best || (d == best && walks.label[b] < bestLabel)) {
                best = d;
                bestLabel = walks.label[b];
            }
        }
        for (int i : sourcesBySegment.getOrDefault(s, List.of())) {
            Snap src = sources[i];
            double d = src.connector() + Geodesy.distance(src.x(), src.y(), h.x(), h.y());
            if (d < best || (d == best && i < bestLabel)) {
                best = d;
                bestLabel = i;
            }
        }
        if (bestLabel >= 0) {
            metres[0] = best + h.connector();
        }
        return bestLabel;
    }
}
