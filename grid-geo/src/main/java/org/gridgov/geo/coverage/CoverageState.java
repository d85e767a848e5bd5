package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.geo.crs.Units;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Everything one coverage check knows: the cells, their segment table and index, the
 * clusters of unmatched segments with their findings, and per-cell and per-place
 * findings. Built once by the full check; {@link #redraw} updates it in place so that its
 * findings stay equal to those of a full check of the new cells. Not thread-safe.
 */
final class CoverageState {
    final CoverageOptions options;
    final GeometryFactory factory;
    final String scope;
    final Geometry parent;
    final List<String> ids;
    /** The geometry each cell is checked with: its boundary, or for an invalid boundary its repair. */
    final Geometry[] geoms;
    /** Whether {@link #geoms}{@code [cell]} is the repair of an invalid boundary (JTS GeometryFixer). */
    final boolean[] repaired;

    final Envelope[] envelopes;
    final double touch;
    final SegmentTable table;
    private final Envelope extent;
    private CellIndex index;
    private final List<PlacePoint> places;
    /** Findings per place and per cell, sparse: a report lists them without visiting every cell. */
    private final java.util.TreeMap<Integer, CoverageFinding> placeFindings = new java.util.TreeMap<>();

    private final java.util.TreeMap<Integer, CoverageFinding> cellFindings = new java.util.TreeMap<>();
    private final List<CoverageFinding> duplicateFindings = new ArrayList<>();
    private final Map<String, Integer> cellById;
    final ParentBorder parentBorder;
    private List<Cluster> clusters;
    private final RingBuffer buffer = new RingBuffer();

    CoverageState(
            String scope, Geometry parent, List<Boundary> cells, List<PlacePoint> places, CoverageOptions options) {
        this.options = options;
        this.scope = scope;
        this.parent = parent == null || parent.isEmpty() ? null : parent;
        this.factory = cells.isEmpty()
                ? new GeometryFactory()
                : cells.get(0).geometry().getFactory();
        int n = cells.size();
        this.ids = new ArrayList<>(n);
        this.geoms = new Geometry[n];
        this.repaired = new boolean[n];
        this.envelopes = new Envelope[n];
        this.cellById = new HashMap<>(n * 2);
        Envelope extent = new Envelope();
        int segments = 0;
        for (int i = 0; i < n; i++) {
            Boundary b = cells.get(i);
            ids.add(b.id());
            geoms[i] = b.geometry();
            envelopes[i] = b.geometry().getEnvelopeInternal();
            extent.expandToInclude(envelopes[i]);
            segments += b.geometry().getNumPoints();
        }
        if (this.parent != null) {
            extent.expandToInclude(this.parent.getEnvelopeInternal());
            segments += this.parent.getNumPoints();
        }
        double magnitude = extent.isNull()
                ? 1
                : Math.max(
                        1,
                        Math.max(
                                Math.max(Math.abs(extent.getMinX()), Math.abs(extent.getMaxX())),
                                Math.max(Math.abs(extent.getMinY()), Math.abs(extent.getMaxY()))));
        this.touch = options.snapTolerance() + 1e-9 * magnitude;
        this.table = new SegmentTable(segments);
        this.extent = extent.isNull() ? new Envelope(0, 1, 0, 1) : extent;
        this.places = List.copyOf(places);
        Map<String, List<Integer>> byId = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            put(cellFindings, i, addSegmentsAndCheck(i, 1));
            Integer first = cellById.putIfAbsent(ids.get(i), i);
            if (first != null) {
                byId.computeIfAbsent(ids.get(i), k -> new ArrayList<>(List.of(first)))
                        .add(i);
            }
        }
        this.parentBorder = this.parent == null ? null : new ParentBorder(this.parent);
        if (parentBorder != null) {
            parentBorder.addAll(this);
        }
        for (Map.Entry<String, List<Integer>> e : byId.entrySet()) {
            {
                duplicateFindings.add(new CoverageFinding(
                        CoverageFinding.Kind.DUPLICATE_ID,
                        scope,
                        List.of(e.getKey()),
                        0,
                        representative(e.getValue().get(0)),
                        false,
                        geoms[e.getValue().get(0)],
                        "boundaries " + e.getValue() + " share the id"));
            }
        }
        List<Cluster> seeds = new ArrayList<>();
        for (int slot = 0; slot < table.capacity(); slot++) {
            if (table.isUsed(slot) && table.isUnmatched(slot)) {
                seeds.add(new Cluster(List.of(seg(slot)), touch));
            }
        }
        clusters = Cluster.merge(seeds, touch);
        computeClusters();
        for (int p = 0; p < this.places.size(); p++) {
            put(placeFindings, p, place(this.places.get(p)));
        }
    }

    /** The cell index, built on first use: a clean coverage with no places never needs it. */
    CellIndex index() {
        if (index == null) {
            index = new CellIndex(extent, envelopes);
        }
        return index;
    }

    String idOf(int cell) {
        return cell == SegmentTable.OUTSIDE ? scope : ids.get(cell);
    }

    int cellCount() {
        return geoms.length;
    }

    Integer cellOf(String id) {
        return cellById.get(id);
    }

    /** Replaces cell {@code cell}'s geometry and brings every finding up to date. */
    void redraw(int cell, Geometry geometry) {
        redraw(Map.of(cell, geometry));
    }

    /**
     * Replaces the geometries of several cells at once (cell to new geometry) and brings every
     * finding up to date: the same state as redrawing them one by one, but the clusters and
     * places near the changes are re-examined once, and never against a half-redrawn neighbourhood.
     */
    void redraw(Map<Integer, Geometry> changed) {
        List<Envelope> dirty = new ArrayList<>(changed.size());
        List<double[]> touched = new ArrayList<>();
        for (Map.Entry<Integer, Geometry> e : changed.entrySet()) {
            int cell = e.getKey();
            Envelope d = new Envelope(envelopes[cell]);
            d.expandToInclude(e.getValue().getEnvelopeInternal());
            d.expandBy(touch);
            dirty.add(d);
            collect(geoms[cell], touched);
            addSegments(cell, -1);
            index().remove(cell);
        }
        for (Map.Entry<Integer, Geometry> e : changed.entrySet()) {
            int cell = e.getKey();
            Geometry geometry = e.getValue();
            geoms[cell] = geometry;
            envelopes[cell] = geometry.getEnvelopeInternal();
            index().insert(cell);
            put(cellFindings, cell, addSegmentsAndCheck(cell, 1));
            collect(geoms[cell], touched); // the new boundary, or its repair when it is invalid
            for (int i = 0; i < duplicateFindings.size(); i++) {
                CoverageFinding d = duplicateFindings.get(i);
                if (d.ids().get(0).equals(ids.get(cell)) && cellById.get(ids.get(cell)) == cell) {
                    duplicateFindings.set(
                            i,
                            new CoverageFinding(
                                    d.kind(),
                                    d.scope(),
                                    d.ids(),
                                    0,
                                    representative(cell),
                                    false,
                                    geometry,
                                    d.detail()));
                }
            }
        }
        if (parentBorder != null) {
            touched.addAll(parentBorder.update(dirty, this));
        }
        List<Cluster> seeds = new ArrayList<>();
        for (Cluster c : clusters) {
            if (intersectsAny(c.envelope, dirty)) {
                for (Cluster.Seg s : c.segs) {
                    touched.add(new double[] {s.x1(), s.y1(), s.x2(), s.y2()});
                }
            } else {
                seeds.add(c);
            }
        }
        java.util.Set<Integer> slots = new java.util.TreeSet<>();
        for (double[] k : touched) {
            int slot = table.add(k[0], k[1], k[2], k[3], 0, 0);
            if (table.isUnmatched(slot)) {
                slots.add(slot);
            }
        }
        for (int slot : slots) {
            seeds.add(new Cluster(List.of(seg(slot)), touch));
        }
        clusters = Cluster.merge(seeds, touch);
        computeClusters();
        for (int p = 0; p < places.size(); p++) {
            PlacePoint place = places.get(p);
            for (Envelope d : dirty) {
                if (d.contains(place.x(), place.y())) {
                    put(placeFindings, p, place(place));
                    break;
                }
            }
        }
    }

    private static boolean intersectsAny(Envelope e, List<Envelope> dirty) {
        for (Envelope d : dirty) {
            if (e.intersects(d)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Geometry g, List<double[]> out) {
        if (g.getDimension() == 2) {
            RingSegments.forEach(g, false, (ax, ay, bx, by) -> out.add(new double[] {ax, ay, bx, by}));
        }
    }

    List<CoverageFinding> findings() {
        List<CoverageFinding> all = new ArrayList<>(duplicateFindings);
        all.addAll(cellFindings.values());
        for (Cluster c : clusters) {
            all.addAll(c.findings);
        }
        all.addAll(placeFindings.values());
        return all;
    }

    private static void put(java.util.TreeMap<Integer, CoverageFinding> findings, int key, CoverageFinding finding) {
        if (finding == null) {
            findings.remove(key);
        } else {
            findings.put(key, finding);
        }
    }

    long bytes() {
        return table.bytes() + index().bytes();
    }

    private void computeClusters() {
        ClusterAnalyzer analyzer = new ClusterAnalyzer(this);
        for (Cluster c : clusters) {
            if (!c.computed) {
                c.findings = analyzer.analyze(c);
                c.computed = true;
            }
        }
    }

    private Cluster.Seg seg(int slot) {
        double[] k = table.segment(slot);
        return new Cluster.Seg(k[0], k[1], k[2], k[3], table.soleOwner(slot), table.soleOwnerForward(slot));
    }

    private void addSegments(int cell, int delta) {
        Geometry g = geoms[cell];
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                buffer.load(p.getExteriorRing().getCoordinateSequence()).addTo(table, true, cell, delta);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    buffer.load(p.getInteriorRingN(h).getCoordinateSequence()).addTo(table, false, cell, delta);
                }
            }
        }
    }

    /**
     * Adds the cell's segments and returns its validity finding: a single-shell polygon's ring is
     * read once for both. An invalid polygonal boundary is replaced by its repair (JTS
     * {@link GeometryFixer}), whose segments are hashed instead, so that the overlaps and gaps it
     * takes part in are still found, on the repaired geometry.
     */
    private CoverageFinding addSegmentsAndCheck(int cell, int delta) {
        Geometry g = geoms[cell];
        repaired[cell] = false;
        CoverageFinding invalid;
        if (g instanceof Polygon p && !p.isEmpty() && p.getNumInteriorRing() == 0) {
            buffer.load(p.getExteriorRing().getCoordinateSequence());
            invalid = validity(cell, buffer);
            if (invalid == null) {
                buffer.addTo(table, true, cell, delta);
                return null;
            }
        } else {
            invalid = validity(cell, null);
        }
        if (invalid != null && g instanceof Polygonal && !g.isEmpty()) {
            geoms[cell] = repair(g);
            repaired[cell] = true;
        }
        addSegments(cell, delta);
        return invalid;
    }

    /** The polygonal part of JTS's repair of {@code g}: what an invalid boundary is checked as. */
    private Geometry repair(Geometry g) {
        Geometry fixed;
        try {
            fixed = GeometryFixer.fix(g);
        } catch (RuntimeException e) {
            // JTS could not repair it: check it as drawn, as before
            return g;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(fixed);
        return polygons.size() == 1 ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private CoverageFinding validity(int cell, RingBuffer shell) {
        CellValidity.Invalid invalid = CellValidity.check(geoms[cell], shell);
        if (invalid == null) {
            return null;
        }
        Coordinate at = invalid.at() != null
                ? invalid.at()
                : envelopes[cell].isNull() ? new Coordinate(0, 0) : new Coordinate(envelopes[cell].centre());
        return new CoverageFinding(
                CoverageFinding.Kind.INVALID_GEOMETRY,
                scope,
                List.of(ids.get(cell)),
                0,
                factory.createPoint(at),
                false,
                geoms[cell],
                options.units() == Units.LON_LAT && crossesAntimeridian(geoms[cell])
                        ? invalid.reason() + "; a ring jumps by more than 180 degrees of longitude: it crosses the"
                                + " antimeridian and should be split there (RFC 7946 section 3.1.9)"
                        : invalid.reason());
    }

    /**
     * Whether a ring of {@code g} steps more than 180 degrees of longitude between two vertices: a
     * polygon drawn across the antimeridian without being split, which in longitude/latitude
     * becomes a band around the globe (Fiji, Russia and Antarctica in the world file).
     */
    static boolean crossesAntimeridian(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                for (int r = -1; r < p.getNumInteriorRing(); r++) {
                    org.locationtech.jts.geom.CoordinateSequence ring =
                            (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinateSequence();
                    for (int k = 0; k + 1 < ring.size(); k++) {
                        if (Math.abs(ring.getX(k + 1) - ring.getX(k)) > 180) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private Point representative(int cell) {
        Coordinate c = geoms[cell].isEmpty()
                ? new Coordinate(0, 0)
                : geoms[cell].getDimension() == 2
                        ? InteriorPointArea.getInteriorPoint(geoms[cell])
                        : geoms[cell].getCoordinate();
        return factory.createPoint(c);
    }

    private CoverageFinding place(PlacePoint place) {
        Coordinate c = new Coordinate(place.x(), place.y());
        List<String> in = new ArrayList<>();
        for (int k : index().query(new Envelope(c))) {
            if (geoms[k].getDimension() == 2 && SimplePointInAreaLocator.locate(c, geoms[k]) != Location.EXTERIOR) {
                in.add(ids.get(k));
            }
        }
        Point at = factory.createPoint(c);
        if (in.isEmpty()) {
            return new CoverageFinding(
                    CoverageFinding.Kind.UNASSIGNED_PLACE,
                    scope,
                    List.of(place.placeId(), place.assignedGridId()),
                    0,
                    at,
                    false,
                    at,
                    "in no grid");
        }
        if (in.contains(place.assignedGridId())) {
            return null;
        }
        List<String> ids = new ArrayList<>(List.of(place.placeId(), place.assignedGridId()));
        ids.addAll(in);
        return new CoverageFinding(
                CoverageFinding.Kind.MISASSIGNED_PLACE,
                scope,
                ids,
                0,
                at,
                false,
                at,
                "assigned to " + place.assignedGridId() + " but in " + String.join(", ", in));
    }
}
