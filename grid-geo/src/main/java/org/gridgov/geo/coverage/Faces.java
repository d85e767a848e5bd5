package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snap.SnappingNoder;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.operation.overlay.snap.GeometrySnapper;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The faces of a cluster of grids: every ring of the grids (and the parent's border nearby)
 * noded with snapping, so vertices closer than the snapping distance become one and a vertex on
 * a neighbour's border becomes a vertex of both, then polygonized. Each face is then given to
 * one grid: the grid covering it; of several, the one whose own border runs longest along the
 * face (an overlap stays with the side that drew it) unless the overlap is more than 1% of a
 * grid, then with the grid it is the largest share of; of none, if it lies in a gap to fill, the
 * neighbour with the longest border along it; outside the parent, nobody. Not thread-safe.
 */
final class Faces {
    /** The share of a grid's area above which an overlap is large. */
    static final double LARGE_SHARE = 0.01;

    private final List<Integer> members;
    /** The members' snapped geometries, by cell. */
    private final Map<Integer, Geometry> cells;

    private final Geometry[] original;
    private final IndexedPointInAreaLocator inParent;
    private final List<Geometry> gaps;
    private final List<Polygon> faces;
    private final GeometryFactory factory;
    private final Map<List<Double>, Set<Integer>> owners;
    private final double tolerance;

    private Faces(
            List<Integer> members,
            Map<Integer, Geometry> cells,
            Geometry[] original,
            IndexedPointInAreaLocator inParent,
            List<Geometry> gaps,
            List<Polygon> faces,
            Map<List<Double>, Set<Integer>> owners,
            double tolerance) {
        this.members = members;
        this.cells = cells;
        this.original = original;
        this.inParent = inParent;
        this.gaps = gaps;
        this.faces = faces;
        this.factory = original[members.get(0)].getFactory();
        this.owners = owners;
        this.tolerance = tolerance;
    }

    /**
     * Nodes and polygonizes the members' rings with the parent's border nearby ({@code parentBorder}:
     * the parent's boundary, prepared once per repair; null without a parent); {@code rounding}
     * snap-rounds instead of snapping.
     */
    static Faces of(
            List<Integer> members,
            Geometry[] cells,
            PreparedGeometry parentBorder,
            IndexedPointInAreaLocator inParent,
            List<Geometry> gaps,
            RepairOptions options,
            boolean rounding,
            boolean coarse) {
        GeometryFactory factory = cells[members.get(0)].getFactory();
        double tolerance = options.snapTolerance() * (coarse ? 10 : 1);
        Map<Integer, Geometry> snapped = snapped(members, cells, tolerance);
        List<SegmentString> strings = new ArrayList<>();
        Envelope env = new Envelope();
        for (int i : members) {
            add(snapped.get(i), i, strings);
            env.expandToInclude(cells[i].getEnvelopeInternal());
        }
        if (parentBorder != null) {
            Envelope grown = new Envelope(env);
            grown.expandBy(4 * tolerance);
            Geometry box = factory.toGeometry(grown);
            if (parentBorder.intersects(box)) { // else the parent's border has nothing nearby to node
                add(OverlayNGRobust.overlay(parentBorder.getGeometry(), box, OverlayNG.INTERSECTION), -1, strings);
            }
        }
        Noder noder =
                rounding ? new SnapRoundingNoder(new PrecisionModel(1 / tolerance)) : new SnappingNoder(tolerance);
        noder.computeNodes(strings);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> noded = noder.getNodedSubstrings();
        Map<List<Double>, Set<Integer>> owners = new HashMap<>();
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(segments(noded, factory, owners));
        List<Polygon> faces = new ArrayList<>();
        for (Object o : polygonizer.getPolygons()) {
            Polygon p = (Polygon) o;
            if (p.getArea() > 0) {
                faces.add(p);
            }
        }
        return new Faces(members, snapped, cells, inParent, gaps, faces, owners, tolerance);
    }

    /**
     * The members with each one's vertices snapped to the others' vertices, and the others'
     * vertices within the tolerance of its segments inserted into them (JTS's
     * {@code GeometrySnapper}), in member order (by cell; only the members, not a copy of every cell).
     */
    private static Map<Integer, Geometry> snapped(List<Integer> members, Geometry[] cells, double tolerance) {
        Map<Integer, Geometry> out = new HashMap<>();
        for (int i : members) {
            out.put(i, cells[i]);
        }
        if (members.size() < 2) {
            return out;
        }
        for (int i : members) {
            Geometry own = out.get(i);
            Envelope near = new Envelope(own.getEnvelopeInternal());
            near.expandBy(tolerance);
            List<Geometry> others = new ArrayList<>();
            for (int j : members) {
                if (j != i && near.intersects(out.get(j).getEnvelopeInternal())) {
                    others.add(out.get(j));
                }
            }
            if (!others.isEmpty() && mayMove(own, others, tolerance)) {
                out.put(i, new GeometrySnapper(own).snapTo(own.getFactory().buildGeometry(others), tolerance));
            }
        }
        return out;
    }

    /**
     * Whether JTS's {@code GeometrySnapper} could change {@code g} when snapping it to {@code others}:
     * some vertex of theirs lies closer than the tolerance to a vertex of {@code g} without being it,
     * or, not being a vertex of {@code g}, closer than the tolerance to one of its segments. When
     * neither holds the snapper returns the same coordinates, so it is skipped and {@code g} is kept
     * as it is (and the ground that snapping moved need not be computed).
     */
    static boolean mayMove(Geometry g, List<Geometry> others, double tolerance) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (Object o : LinearComponentExtracter.getLines(g)) {
            rings.add(((LineString) o).getCoordinates());
        }
        for (Geometry other : others) {
            for (Coordinate w : other.getCoordinates()) {
                boolean vertex = false;
                for (Coordinate[] ring : rings) {
                    for (Coordinate u : ring) {
                        if (u.equals2D(w)) {
                            vertex = true;
                        } else if (u.distance(w) < tolerance) {
                            return true;
                        }
                    }
                }
                if (!vertex && nearSegment(w, rings, tolerance)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nearSegment(Coordinate w, List<Coordinate[]> rings, double tolerance) {
        for (Coordinate[] ring : rings) {
            for (int k = 0; k + 1 < ring.length; k++) {
                if (Distance.pointToSegment(w, ring[k], ring[k + 1]) < tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Gives every face to one grid and returns the members rebuilt from their faces. */
    Map<Integer, Geometry> assign(CoverageCleaner.Recorder recorder) {
        for (int i : members) {
            if (cells.get(i) != original[i]) {
                snapChange(i, recorder);
            }
        }
        Map<Integer, IndexedPointInAreaLocator> locators = new LinkedHashMap<>();
        Map<Integer, List<Polygon>> kept = new LinkedHashMap<>();
        for (int i : members) {
            locators.put(i, new IndexedPointInAreaLocator(original[i])); // valid, unlike a snapped ring may be
            kept.put(i, new ArrayList<>());
        }
        List<IndexedPointInAreaLocator> inGaps = new ArrayList<>();
        for (Geometry g : gaps) {
            inGaps.add(new IndexedPointInAreaLocator(g));
        }
        for (Polygon face : faces) {
            Point p = face.getInteriorPoint();
            if (p.isEmpty()) {
                continue;
            }
            Coordinate c = p.getCoordinate();
            List<Integer> cover = new ArrayList<>();
            for (Map.Entry<Integer, IndexedPointInAreaLocator> e : locators.entrySet()) {
                if (e.getValue().locate(c) == Location.INTERIOR) {
                    cover.add(e.getKey());
                }
            }
            if (inParent != null && inParent.locate(c) == Location.EXTERIOR) {
                cover.forEach(i -> recorder.record(i, -1, Kind.OUTSIDE_PARENT, face));
            } else if (cover.size() == 1) {
                kept.get(cover.get(0)).add(face);
            } else if (cover.isEmpty()) {
                if (inGaps.stream().anyMatch(l -> l.locate(c) == Location.INTERIOR) || sliver(face)) {
                    int keeper = longestBorder(face, members);
                    if (keeper >= 0) {
                        kept.get(keeper).add(face);
                        recorder.record(-1, keeper, Kind.GAP, face);
                    }
                }
            } else {
                int keeper = overlapKeeper(face, cover);
                kept.get(keeper).add(face);
                for (int other : cover) {
                    if (other != keeper) {
                        recorder.record(other, keeper, Kind.OVERLAP, face);
                    }
                }
            }
        }
        Map<Integer, Geometry> out = new LinkedHashMap<>();
        kept.forEach((i, parts) -> out.put(i, union(parts)));
        return out;
    }

    /** What snapping moved: ground taken in from gaps and given up to neighbours, as unmatched borders. */
    private void snapChange(int i, CoverageCleaner.Recorder recorder) {
        try {
            Geometry in = OverlayNGRobust.overlay(cells.get(i), original[i], OverlayNG.DIFFERENCE);
            Geometry out = OverlayNGRobust.overlay(original[i], cells.get(i), OverlayNG.DIFFERENCE);
            if (in.getArea() > 0) {
                recorder.record(-1, i, Kind.EDGE_MISMATCH, polygonal(in, factory));
            }
            if (out.getArea() > 0) {
                recorder.record(i, -1, Kind.EDGE_MISMATCH, polygonal(out, factory));
            }
        } catch (RuntimeException e) {
            // a snapped ring JTS cannot overlay: the move stays in GridChange.snappedM2()
        }
    }

    /** A face narrower than the snapping distance (mean width: twice the area over the perimeter). */
    private boolean sliver(Polygon face) {
        return 2 * face.getArea() / face.getLength() <= tolerance;
    }

    private Geometry union(List<Polygon> parts) {
        if (parts.isEmpty()) {
            return factory.createMultiPolygon();
        }
        Geometry all = factory.buildGeometry(new ArrayList<Geometry>(parts));
        Geometry u;
        try {
            u = CoverageUnion.union(all);
        } catch (RuntimeException e) {
            u = OverlayNGRobust.union(all);
        }
        return polygonal(u, factory);
    }

    /**
     * Who keeps an overlap: when it is more than {@value #LARGE_SHARE} of some grid's area, the grid
     * it is the largest share of (so no grid loses much of itself); otherwise the side whose own
     * border runs longest along it (the side that drew it).
     */
    private int overlapKeeper(Polygon face, List<Integer> cover) {
        double area = face.getArea();
        int best = -1;
        double bestShare = LARGE_SHARE;
        for (int i : cover) {
            double share = area / Math.max(cells.get(i).getArea(), Double.MIN_VALUE);
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best >= 0 ? best : longestBorder(face, cover);
    }

    /** The candidate whose border runs longest along the face's outline (ties: the first); -1 if none touches it. */
    private int longestBorder(Polygon face, List<Integer> candidates) {
        int best = -1;
        double bestLength = 0;
        for (int i : candidates) {
            double length = border(face, i);
            if (length > bestLength) {
                best = i;
                bestLength = length;
            }
        }
        return best < 0 && !candidates.isEmpty() ? candidates.get(0) : best;
    }

    /** Length of the face's outline that came from {@code cell}'s own rings. */
    private double border(Polygon face, int cell) {
        double total = along(face.getExteriorRing().getCoordinateSequence(), cell);
        for (int h = 0; h < face.getNumInteriorRing(); h++) {
            total += along(face.getInteriorRingN(h).getCoordinateSequence(), cell);
        }
        return total;
    }

    private double along(CoordinateSequence ring, int cell) {
        double total = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            Set<Integer> from = owners.get(key(ring.getCoordinate(i), ring.getCoordinate(i + 1)));
            if (from != null && from.contains(cell)) {
                total += Math.hypot(ring.getX(i + 1) - ring.getX(i), ring.getY(i + 1) - ring.getY(i));
            }
        }
        return total;
    }

    private static void add(Geometry g, int owner, List<SegmentString> strings) {
        for (Object o : LinearComponentExtracter.getLines(g)) {
            Coordinate[] pts = ((LineString) o).getCoordinates();
            if (pts.length >= 2) {
                strings.add(new NodedSegmentString(pts, owner));
            }
        }
    }

    /** The noded substrings as two-point lines, each segment once whatever its direction. */
    private static List<LineString> segments(
            Collection<SegmentString> noded, GeometryFactory factory, Map<List<Double>, Set<Integer>> owners) {
        List<LineString> out = new ArrayList<>();
        for (SegmentString s : noded) {
            Coordinate[] pts = s.getCoordinates();
            for (int k = 0; k + 1 < pts.length; k++) {
                Coordinate a = pts[k];
                Coordinate b = pts[k + 1];
                if (a.equals2D(b)) {
                    continue;
                }
                Set<Integer> from = owners.get(key(a, b));
                if (from == null) {
                    from = new HashSet<>();
                    owners.put(key(a, b), from);
                    out.add(factory.createLineString(new Coordinate[] {new Coordinate(a), new Coordinate(b)}));
                }
                from.add((Integer) s.getData());
            }
        }
        return out;
    }

    /** A segment's key whatever its direction. */
    private static List<Double> key(Coordinate a, Coordinate b) {
        boolean swap = a.x > b.x || (a.x == b.x && a.y > b.y);
        Coordinate lo = swap ? b : a;
        Coordinate hi = swap ? a : b;
        return List.of(lo.x, lo.y, hi.x, hi.y);
    }

    /** The polygons of {@code g}: one Polygon, or a MultiPolygon (empty when there are none). */
    static Geometry polygonal(Geometry g, GeometryFactory factory) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }
}
