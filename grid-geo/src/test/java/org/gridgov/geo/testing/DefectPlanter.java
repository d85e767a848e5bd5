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
 * Plants the defects of hand-digitised boundaries into a clean coverage, each by inserting a few
 * vertices into one border edge of one cell (at least 40 m long, defects at least 50 m apart):
 * an overlap (a vertex 3 m into the neighbour), a gap (3 m back), a near-coincident border (a
 * vertex 5 cm off), a bow-tie (the ring crosses itself), a spike (zero width, 8 m into the
 * neighbour) and, on the outline, a part outside the parent (6 m out). Deterministic per seed.
 */
public final class DefectPlanter {
    /** Kinds of planted defect. */
    public enum Kind {
        OVERLAP,
        GAP,
        NEAR_COINCIDENT,
        BOW_TIE,
        SPIKE,
        OUTSIDE_PARENT
    }

    /** A planted defect: its kind, the cell changed and where. */
    public record Planted(Kind kind, int cell, Envelope where) {}

    /** The cells after planting (same order as before) and what was planted. */
    public record Result(List<Polygon> cells, List<Planted> planted) {}

    private DefectPlanter() {}

    /** Plants {@code each} defects of every kind. */
    public static Result plant(List<Polygon> clean, int each, long seed) {
        GeometryFactory factory = clean.get(0).getFactory();
        List<Polygon> cells = new ArrayList<>(clean);
        Map<List<Double>, Integer> byEdge = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Coordinate[] ring = cells.get(i).getExteriorRing().getCoordinates();
            for (int k = 0; k + 1 < ring.length; k++) {
                byEdge.put(List.of(ring[k].x, ring[k].y, ring[k + 1].x, ring[k + 1].y), i);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Planted> planted = new ArrayList<>();
        List<Envelope> taken = new ArrayList<>();
        boolean[] changed = new boolean[cells.size()];
        Kind[] kinds = Kind.values();
        int attempts = 0;
        while (planted.size() < each * kinds.length && attempts++ < 1000 * each * kinds.length) {
            Kind kind = kinds[planted.size() % kinds.length];
            int a = random.nextInt(cells.size());
            Coordinate[] ring = cells.get(a).getExteriorRing().getCoordinates();
            int k = random.nextInt(ring.length - 1);
            Coordinate p = ring[k];
            Coordinate q = ring[k + 1];
            boolean shared = byEdge.containsKey(List.of(q.x, q.y, p.x, p.y));
            double length = p.distance(q);
            if (changed[a] || length < 40 || shared == (kind == Kind.OUTSIDE_PARENT)) {
                continue;
            }
            double dx = (q.x - p.x) / length;
            double dy = (q.y - p.y) / length;
            double out = Orientation.isCCW(ring) ? 1 : -1; // right of p->q is outside a CCW ring
            List<Coordinate> inserted = new ArrayList<>();
            for (double[] t : offsets(kind, length)) {
                inserted.add(new Coordinate(p.x + t[0] * dx + out * t[1] * dy, p.y + t[0] * dy - out * t[1] * dx));
            }
            Envelope env = new Envelope(p, q);
            env.expandBy(50);
            if (taken.stream().anyMatch(e -> e.intersects(env))) {
                continue;
            }
            List<Coordinate> next = new ArrayList<>(List.of(ring).subList(0, k + 1));
            next.addAll(inserted);
            next.addAll(List.of(ring).subList(k + 1, ring.length));
            cells.set(a, factory.createPolygon(next.toArray(new Coordinate[0])));
            changed[a] = true;
            taken.add(env);
            planted.add(new Planted(kind, a, env));
        }
        return new Result(cells, planted);
    }

    /** Inserted vertices as (distance along the edge, distance out of the cell) in metres. */
    private static List<double[]> offsets(Kind kind, double length) {
        return switch (kind) {
            case OVERLAP -> List.of(new double[] {length / 2, 3});
            case OUTSIDE_PARENT -> List.of(new double[] {length / 2, 6});
            case GAP -> List.of(new double[] {length / 2, -3});
            case NEAR_COINCIDENT -> List.of(new double[] {length / 3, 0.05}, new double[] {2 * length / 3, -0.04});
            case BOW_TIE -> List.of(new double[] {20, 3}, new double[] {20, -3}, new double[] {10, 3});
            case SPIKE -> List.of(new double[] {15, 0}, new double[] {15, 8}, new double[] {15, 0});
        };
    }
}
