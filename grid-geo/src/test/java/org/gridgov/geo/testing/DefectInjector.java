package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Injects overlaps and gaps of known area into a clean coverage: a cell's border edge
 * p-q shared with neighbour B gets a new vertex m pushed off the edge, so the triangle
 * p-m-q is either taken from B (an overlap of cells A and B) or given up by A (a gap
 * between A and B). The triangle lies inside B (or A), so its area is exactly the
 * defect's. Defects are kept at least 50 m apart. Deterministic per seed.
 */
public final class DefectInjector {
    /** What was injected: kind, the cell changed, its neighbour, the triangle and its area. */
    public record Defect(boolean overlap, int cell, int neighbour, Polygon triangle, double area) {}

    /** The cells after injection (same order and ids as before) and the defects. */
    public record Injected(List<Polygon> cells, List<Defect> defects) {}

    private DefectInjector() {}

    /** Injects {@code overlaps} overlaps and {@code gaps} gaps about {@code depthM} deep. */
    public static Injected inject(List<Polygon> clean, int overlaps, int gaps, double depthM, long seed) {
        GeometryFactory factory = clean.get(0).getFactory();
        List<Polygon> cells = new ArrayList<>(clean);
        Map<String, Integer> byEdge = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Coordinate[] ring = cells.get(i).getExteriorRing().getCoordinates();
            for (int k = 0; k + 1 < ring.length; k++) {
                byEdge.put(key(ring[k], ring[k + 1]), i);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Defect> defects = new ArrayList<>();
        List<Envelope> taken = new ArrayList<>();
        int attempts = 0;
        while (defects.size() < overlaps + gaps && attempts++ < 100 * (overlaps + gaps)) {
            boolean overlap = defects.size() < overlaps;
            int a = random.nextInt(cells.size());
            Coordinate[] ring = cells.get(a).getExteriorRing().getCoordinates();
            int k = random.nextInt(ring.length - 1);
            Coordinate p = ring[k];
            Coordinate q = ring[k + 1];
            Integer b = byEdge.get(key(q, p));
            if (b == null || p.distance(q) < 4 * depthM) {
                continue;
            }
            boolean ccw = Orientation.isCCW(ring);
            double dx = (q.x - p.x) / p.distance(q);
            double dy = (q.y - p.y) / p.distance(q);
            double side = (ccw ? 1 : -1) * (overlap ? -1 : 1);
            Coordinate m = new Coordinate(
                    Math.round(((p.x + q.x) / 2 - side * dy * depthM) * 1000) / 1000.0,
                    Math.round(((p.y + q.y) / 2 + side * dx * depthM) * 1000) / 1000.0);
            Polygon triangle = factory.createPolygon(new Coordinate[] {p, m, q, p});
            Polygon host = cells.get(overlap ? b : a);
            Envelope env = new Envelope(triangle.getEnvelopeInternal());
            env.expandBy(50);
            if (!host.contains(triangle) || taken.stream().anyMatch(t -> t.intersects(env))) {
                continue;
            }
            Coordinate[] changed = new Coordinate[ring.length + 1];
            System.arraycopy(ring, 0, changed, 0, k + 1);
            changed[k + 1] = m;
            System.arraycopy(ring, k + 1, changed, k + 2, ring.length - k - 1);
            cells.set(a, factory.createPolygon(changed));
            taken.add(env);
            defects.add(new Defect(overlap, a, b, triangle, triangle.getArea()));
        }
        return new Injected(cells, defects);
    }

    private static String key(Coordinate a, Coordinate b) {
        return a.x + "," + a.y + ">" + b.x + "," + b.y;
    }
}
