package org.gridgov.geo.reach;

import java.util.List;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** Stations by position: the nearest in straight-line metres, ties to the lower index. Immutable after build. */
final class StationIndex {
    private final List<Site> stations;
    private final STRtree tree = new STRtree();

    StationIndex(List<Site> stations) {
        this.stations = stations;
        for (int i = 0; i < stations.size(); i++) {
            Site s = stations.get(i);
            tree.insert(new Envelope(s.lon(), s.lon(), s.lat(), s.lat()), i);
        }
        if (!stations.isEmpty()) {
            tree.build();
        }
    }

    /** The index of the nearest station, or -1 when there is none; {@code metres[0]} gets its distance. */
    int nearest(double lon, double lat, double[] metres) {
        if (stations.isEmpty()) {
            metres[0] = Double.POSITIVE_INFINITY;
            return -1;
        }
        int first = (Integer) tree.nearestNeighbour(new Envelope(lon, lon, lat, lat), null, (a, b) -> {
            Site s = stations.get((Integer) (a.getItem() == null ? b.getItem() : a.getItem()));
            return Math.hypot(s.lon() - lon, s.lat() - lat);
        });
        int best = first;
        double bestD = distance(first, lon, lat);
        // the nearest in degrees is only a start; every station that may be nearer in metres lies in this window
        for (Object o : tree.query(LocalPlane.window(lon, lat, bestD))) {
            int i = (Integer) o;
            double d = distance(i, lon, lat);
            if (d < bestD || (d == bestD && i < best)) {
                bestD = d;
                best = i;
            }
        }
        metres[0] = bestD;
        return best;
    }

    private double distance(int i, double lon, double lat) {
        Site s = stations.get(i);
        return Geodesy.distance(lon, lat, s.lon(), s.lat());
    }
}
