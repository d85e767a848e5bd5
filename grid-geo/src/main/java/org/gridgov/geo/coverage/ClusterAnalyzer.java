package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Turns one cluster of unmatched segments into findings with exact JTS geometry.
 *
 * <p>The segments are noded and dissolved (OverlayNG union), then polygonized. Coverage
 * depth changes only across unmatched segments, so it is constant on each face: a face
 * inside the parent covered by no cell is a gap, by two or more an overlap, and a face
 * outside the parent covered by a cell is that cell's part outside. Overlap and outside
 * faces are intersected with each candidate cell, so a face crossing a matched border is
 * split correctly between pairs. Finally each unmatched vertex lying within the snap
 * tolerance of another cell's border without being one of its vertices is an edge
 * mismatch. Not thread-safe (uses the state's index).
 */
final class ClusterAnalyzer {
    private final CoverageState s;
    private final double touch;
    private final Map<Integer, IndexedFacetDistance> borders = new java.util.HashMap<>();

    ClusterAnalyzer(CoverageState state) {
        this.s = state;
        this.touch = state.touch;
    }

    List<CoverageFinding> analyze(Cluster cluster) {
        List<LineString> lines = new ArrayList<>(cluster.segs.size());
        List<Cluster.Seg> segs = new ArrayList<>(cluster.segs);
        segs.sort(Comparator.comparingDouble(Cluster.Seg::x1)
                .thenComparingDouble(Cluster.Seg::y1)
                .thenComparingDouble(Cluster.Seg::x2)
                .thenComparingDouble(Cluster.Seg::y2));
        for (Cluster.Seg seg : segs) {
            lines.add(s.factory.createLineString(
                    new Coordinate[] {new Coordinate(seg.x1(), seg.y1()), new Coordinate(seg.x2(), seg.y2())}));
        }
        Geometry linework = s.factory.createMultiLineString(lines.toArray(new LineString[0]));
        Geometry noded;
        try {
            noded = OverlayNGRobust.union(linework);
        } catch (RuntimeException e) {
            // every noding strategy of JTS failed on this cluster: polygonize the segments as they are
            noded = linework;
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        // JTS's overlay and polygonizer may start rings at different vertices from run to run:
        // normalise faces and pieces so that findings (and their areas, to the last bit) depend
        // only on the segments and cells
        @SuppressWarnings("unchecked")
        List<Polygon> faces = new ArrayList<>();
        for (Object face : polygonizer.getPolygons()) {
            faces.add((Polygon) ((Polygon) face).norm());
        }
        faces.sort(null);
        Findings out = new Findings(s);
        for (Polygon face : faces) {
            if (face.getArea() > 0) {
                face(face, out);
            }
        }
        collinear(segs, out);
        return out.build();
    }

    private void face(Polygon face, Findings out) {
        Coordinate p = interiorPoint(face);
        boolean inParent = s.parent == null || SimplePointInAreaLocator.locate(p, s.parent) == Location.INTERIOR;
        int depth = 0;
        for (int k : s.index().query(new Envelope(p))) {
            if (SimplePointInAreaLocator.locate(p, s.geoms[k]) == Location.INTERIOR) {
                depth++;
            }
        }
        if (inParent && depth == 0) {
            gap(face, p, out);
        } else if ((inParent && depth >= 2) || (!inParent && depth >= 1)) {
            covered(face, p, inParent, depth, out);
        }
    }

    private void gap(Polygon face, Coordinate p, Findings out) {
        Envelope near = new Envelope(face.getEnvelopeInternal());
        near.expandBy(touch);
        Map<Integer, Double> shared = new TreeMap<>();
        for (int k : s.index().query(near)) {
            double length = sharedBorder(face, k);
            if (length > 0) {
                shared.put(k, length);
            }
        }
        List<Integer> neighbours = new ArrayList<>(shared.keySet());
        neighbours.sort(Comparator.comparing((Integer k) -> -shared.get(k)).thenComparing(k -> s.ids.get(k)));
        out.gap(face, p, neighbours);
    }

    private void covered(Polygon face, Coordinate p, boolean inParent, int depth, Findings out) {
        double faceArea = face.getArea();
        List<Integer> cells = new ArrayList<>();
        List<Geometry> pieces = new ArrayList<>();
        // depth is constant on the face: when the cells containing its interior point cover all
        // of it, no other cell can reach into it
        boolean allWhole = true;
        int[] candidates = s.index().query(face.getEnvelopeInternal());
        for (int k : candidates) {
            if (SimplePointInAreaLocator.locate(p, s.geoms[k]) == Location.INTERIOR) {
                Geometry piece = certainlyCovers(s.geoms[k], face) ? face : intersection(face, s.geoms[k]);
                if (piece != null && piece.getArea() > 0) {
                    cells.add(k);
                    pieces.add(piece);
                    allWhole &= whole(piece, faceArea);
                }
            }
        }
        if (!allWhole || cells.size() != depth) {
            cells.clear();
            pieces.clear();
            for (int k : candidates) {
                Geometry piece = intersection(face, s.geoms[k]);
                if (piece != null && piece.getArea() > 0) {
                    cells.add(k);
                    pieces.add(piece);
                }
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!inParent) {
                out.outside(cells.get(i), pieces.get(i));
            }
            for (int j = i + 1; j < cells.size(); j++) {
                Geometry a = pieces.get(i);
                Geometry b = pieces.get(j);
                Geometry both = whole(a, faceArea) ? b : whole(b, faceArea) ? a : intersection(a, b);
                if (both != null && both.getArea() > 0) {
                    out.overlap(cells.get(i), cells.get(j), both);
                }
            }
        }
    }

    /**
     * True only when {@code cell} surely covers the hole-free {@code face}: no face vertex
     * outside the cell or inside a cell edge, no cell vertex or edge midpoint inside the face,
     * no edges crossing (so no cell edge cuts through the face). Lets the common overlap skip
     * an overlay; false means "compute it".
     */
    private static boolean certainlyCovers(Geometry cell, Polygon face) {
        if (face.getNumInteriorRing() > 0 || !(cell instanceof Polygon)) {
            return false;
        }
        Coordinate[] f = face.getExteriorRing().getCoordinates();
        for (int i = 0; i + 1 < f.length; i++) {
            if (SimplePointInAreaLocator.locate(f[i], cell) == Location.EXTERIOR) {
                return false;
            }
        }
        Polygon c = (Polygon) cell;
        List<Coordinate[]> rings = new ArrayList<>();
        rings.add(c.getExteriorRing().getCoordinates());
        for (int h = 0; h < c.getNumInteriorRing(); h++) {
            rings.add(c.getInteriorRingN(h).getCoordinates());
        }
        for (Coordinate[] ring : rings) {
            for (int j = 0; j + 1 < ring.length; j++) {
                Coordinate mid = new Coordinate((ring[j].x + ring[j + 1].x) / 2, (ring[j].y + ring[j + 1].y) / 2);
                if (SimplePointInAreaLocator.locate(ring[j], face) == Location.INTERIOR
                        || SimplePointInAreaLocator.locate(mid, face) == Location.INTERIOR) {
                    return false;
                }
                for (int i = 0; i + 1 < f.length; i++) {
                    if (!f[i].equals2D(ring[j])
                            && !f[i].equals2D(ring[j + 1])
                            && org.locationtech.jts.algorithm.PointLocation.isOnSegment(f[i], ring[j], ring[j + 1])) {
                        return false;
                    }
                    if (Orientation.index(f[i], f[i + 1], ring[j]) * Orientation.index(f[i], f[i + 1], ring[j + 1]) < 0
                            && Orientation.index(ring[j], ring[j + 1], f[i])
                                            * Orientation.index(ring[j], ring[j + 1], f[i + 1])
                                    < 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean whole(Geometry piece, double faceArea) {
        return Math.abs(piece.getArea() - faceArea) <= 1e-12 * Math.max(1, faceArea);
    }

    private Geometry intersection(Geometry a, Geometry b) {
        try {
            Geometry r = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
            @SuppressWarnings("unchecked")
            List<Polygon> polygons = PolygonExtracter.getPolygons(r);
            return s.factory.buildGeometry(polygons).norm();
        } catch (RuntimeException e) {
            // an invalid cell JTS cannot overlay: fall back to whether the piece's centre is inside
            Coordinate c = InteriorPointArea.getInteriorPoint(a);
            return c != null && SimplePointInAreaLocator.locate(c, b) == Location.INTERIOR ? a : null;
        }
    }

    private double sharedBorder(Polygon face, int k) {
        IndexedFacetDistance border = borders.computeIfAbsent(k, i -> new IndexedFacetDistance(s.geoms[i]));
        double total = 0;
        List<CoordinateSequence> rings = new ArrayList<>();
        rings.add(face.getExteriorRing().getCoordinateSequence());
        for (int h = 0; h < face.getNumInteriorRing(); h++) {
            rings.add(face.getInteriorRingN(h).getCoordinateSequence());
        }
        for (CoordinateSequence ring : rings) {
            for (int i = 0; i + 1 < ring.size(); i++) {
                Coordinate mid =
                        new Coordinate((ring.getX(i) + ring.getX(i + 1)) / 2, (ring.getY(i) + ring.getY(i + 1)) / 2);
                if (border.isWithinDistance(s.factory.createPoint(mid), touch)) {
                    total += Measure.distance(
                            ring.getX(i), ring.getY(i), ring.getX(i + 1), ring.getY(i + 1), s.options.units());
                }
            }
        }
        return total;
    }

    /**
     * Two children's unmatched segments that run along each other in opposite directions,
     * overlapping over a positive length without being identical, are a shared border whose
     * vertices do not match. The parent is a reference outline, so it takes no part.
     */
    private void collinear(List<Cluster.Seg> segs, Findings out) {
        STRtree tree = new STRtree();
        for (int i = 0; i < segs.size(); i++) {
            Cluster.Seg seg = segs.get(i);
            if (seg.owner() >= 0) {
                tree.insert(new Envelope(seg.x1(), seg.x2(), seg.y1(), seg.y2()), i);
            }
        }
        for (int i = 0; i < segs.size(); i++) {
            Cluster.Seg seg = segs.get(i);
            if (seg.owner() < 0) {
                continue;
            }
            for (Object o : tree.query(new Envelope(seg.x1(), seg.x2(), seg.y1(), seg.y2()))) {
                int j = (Integer) o;
                Cluster.Seg other = segs.get(j);
                if (j > i && other.owner() != seg.owner()) {
                    boolean fwd = other.ownerForward();
                    Coordinate[] shared = sharedBorder(
                            seg,
                            fwd ? other.x1() : other.x2(),
                            fwd ? other.y1() : other.y2(),
                            fwd ? other.x2() : other.x1(),
                            fwd ? other.y2() : other.y1());
                    if (shared != null) {
                        out.mismatch(seg.owner(), other.owner(), shared);
                    }
                }
            }
        }
    }

    /** The stretch where a-b runs along the owner's segment in the opposite direction, if it differs from it. */
    private static Coordinate[] sharedBorder(Cluster.Seg seg, double ax, double ay, double bx, double by) {
        Coordinate p = new Coordinate(seg.x1(), seg.y1());
        Coordinate q = new Coordinate(seg.x2(), seg.y2());
        if (Orientation.index(p, q, new Coordinate(ax, ay)) != 0
                || Orientation.index(p, q, new Coordinate(bx, by)) != 0) {
            return null;
        }
        if ((ax == p.x && ay == p.y && bx == q.x && by == q.y) || (ax == q.x && ay == q.y && bx == p.x && by == p.y)) {
            return null;
        }
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        double len2 = dx * dx + dy * dy;
        double ta = ((ax - p.x) * dx + (ay - p.y) * dy) / len2;
        double tb = ((bx - p.x) * dx + (by - p.y) * dy) / len2;
        double t0 = Math.max(0, Math.min(ta, tb));
        double t1 = Math.min(1, Math.max(ta, tb));
        boolean opposite = seg.ownerForward() ? tb < ta : ta < tb;
        if (t1 <= t0 || !opposite) {
            return null;
        }
        return new Coordinate[] {
            point(p, dx, dy, t0, ta, tb, ax, ay, bx, by), point(p, dx, dy, t1, ta, tb, ax, ay, bx, by)
        };
    }

    /** The point at parameter t, taken exactly from an endpoint where one is there. */
    private static Coordinate point(
            Coordinate p,
            double dx,
            double dy,
            double t,
            double ta,
            double tb,
            double ax,
            double ay,
            double bx,
            double by) {
        if (t == ta) {
            return new Coordinate(ax, ay);
        }
        if (t == tb) {
            return new Coordinate(bx, by);
        }
        return t == 0 ? new Coordinate(p) : new Coordinate(p.x + dx, p.y + dy);
    }

    private static boolean inside(Coordinate p, Geometry polygonal) {
        return SimplePointInAreaLocator.locate(p, polygonal) == Location.INTERIOR;
    }

    static double distanceToBorder(Coordinate p, Geometry polygonal) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            if (polygonal.getGeometryN(i) instanceof Polygon poly && !poly.isEmpty()) {
                best = Math.min(best, ringDistance(p, poly.getExteriorRing().getCoordinates()));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    best = Math.min(
                            best, ringDistance(p, poly.getInteriorRingN(h).getCoordinates()));
                }
            }
        }
        return best;
    }

    private static double ringDistance(Coordinate p, Coordinate[] ring) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < ring.length; i++) {
            best = Math.min(best, Distance.pointToSegment(p, ring[i], ring[i + 1]));
        }
        return best;
    }

    /** A point strictly inside {@code face} and on no cell's or the parent's border. */
    private Coordinate interiorPoint(Polygon face) {
        Coordinate p = InteriorPointArea.getInteriorPoint(face);
        if (clear(p)) {
            return p;
        }
        Envelope e = face.getEnvelopeInternal();
        double r = Math.max(e.getWidth(), e.getHeight());
        for (int attempt = 0; attempt < 64; attempt++) {
            double radius = r * Math.pow(0.5, 4 + attempt / 8);
            double angle = attempt * 2.399963229728653;
            Coordinate q = new Coordinate(p.x + radius * Math.cos(angle), p.y + radius * Math.sin(angle));
            if (SimplePointInAreaLocator.locate(q, face) == Location.INTERIOR && clear(q)) {
                return q;
            }
        }
        return p;
    }

    private boolean clear(Coordinate p) {
        if (s.parent != null && SimplePointInAreaLocator.locate(p, s.parent) == Location.BOUNDARY) {
            return false;
        }
        for (int k : s.index().query(new Envelope(p))) {
            if (SimplePointInAreaLocator.locate(p, s.geoms[k]) == Location.BOUNDARY) {
                return false;
            }
        }
        return true;
    }

    /** Accumulates per-pair and per-cell findings of one cluster. */
    private static final class Findings {
        private final CoverageState s;
        private final Map<String, Acc> byKey = new LinkedHashMap<>();
        private final List<CoverageFinding> gaps = new ArrayList<>();

        Findings(CoverageState s) {
            this.s = s;
        }

        void gap(Polygon face, Coordinate p, List<Integer> cells) {
            double area = Measure.area(face, s.options.units());
            double width = Measure.width(area, Measure.length(face, s.options.units()));
            if (width < s.options.snapToleranceM() && cells.size() >= 2) {
                acc(
                                CoverageFinding.Kind.EDGE_MISMATCH,
                                pair(cells.get(0), cells.get(1)),
                                repaired(cells.get(0)) || repaired(cells.get(1)))
                        .add(face);
                return;
            }
            List<String> neighbours = new ArrayList<>();
            boolean repaired = false;
            for (int k : cells) {
                neighbours.add(s.ids.get(k));
                repaired |= repaired(k);
            }
            gaps.add(new CoverageFinding(
                    CoverageFinding.Kind.GAP,
                    s.scope,
                    neighbours,
                    area,
                    s.factory.createPoint(p),
                    width < s.options.minGapWidthM(),
                    face,
                    "mean width " + round(width) + " m",
                    repaired));
        }

        void overlap(int a, int b, Geometry both) {
            acc(CoverageFinding.Kind.OVERLAP, pair(a, b), repaired(a) || repaired(b))
                    .add(both);
        }

        void outside(int cell, Geometry piece) {
            acc(CoverageFinding.Kind.OUTSIDE_PARENT, List.of(s.ids.get(cell)), repaired(cell))
                    .add(piece);
        }

        void mismatch(int a, int b, Coordinate[] shared) {
            acc(CoverageFinding.Kind.EDGE_MISMATCH, pair(a, b), repaired(a) || repaired(b))
                    .add(s.factory.createLineString(shared));
        }

        private boolean repaired(int cell) {
            return cell >= 0 && s.repaired[cell];
        }

        private List<String> pair(int a, int b) {
            List<String> ids = new ArrayList<>(List.of(s.idOf(a), s.idOf(b)));
            ids.sort(null);
            return ids;
        }

        private Acc acc(CoverageFinding.Kind kind, List<String> ids, boolean repaired) {
            Acc acc = byKey.computeIfAbsent(kind + "|" + String.join("\u0000", ids), k -> new Acc(kind, ids));
            acc.repaired |= repaired;
            return acc;
        }

        List<CoverageFinding> build() {
            List<CoverageFinding> out = new ArrayList<>(gaps);
            for (Acc acc : byKey.values()) {
                out.add(acc.finding(s));
            }
            return out;
        }
    }

    private static final class Acc {
        final CoverageFinding.Kind kind;
        final List<String> ids;
        final List<Geometry> parts = new ArrayList<>();
        boolean repaired;

        Acc(CoverageFinding.Kind kind, List<String> ids) {
            this.kind = kind;
            this.ids = ids;
        }

        void add(Geometry g) {
            parts.add(g.norm());
        }

        CoverageFinding finding(CoverageState s) {
            parts.sort(null);
            double area = 0;
            for (Geometry part : parts) {
                area += Measure.area(part, s.options.units());
            }
            Geometry geometry = s.factory.buildGeometry(parts);
            double perimeter = Measure.length(geometry, s.options.units());
            double width = Measure.width(area, perimeter);
            CoverageFinding.Kind k = kind;
            boolean below;
            String detail;
            if (k == CoverageFinding.Kind.EDGE_MISMATCH) {
                below = true;
                detail = "borders differ by at most the snap tolerance of " + s.options.snapToleranceM() + " m";
            } else if (area > 0 && width < s.options.snapToleranceM()) {
                k = CoverageFinding.Kind.EDGE_MISMATCH;
                below = true;
                detail = "sliver of mean width " + round(width) + " m";
            } else {
                below = width < s.options.minGapWidthM();
                detail = "mean width " + round(width) + " m";
            }
            Coordinate at = geometry.getDimension() == 2
                    ? InteriorPointArea.getInteriorPoint(geometry)
                    : geometry.getCoordinate();
            return new CoverageFinding(
                    k, s.scope, ids, area, s.factory.createPoint(at), below, geometry, detail, repaired);
        }
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
