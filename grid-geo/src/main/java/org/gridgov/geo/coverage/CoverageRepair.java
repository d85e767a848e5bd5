package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.UnknownIdException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Repairs a coverage end to end ({@link #repair}), or suggests and applies repairs for the findings that have ground to give to someone:
 * a gap goes to the neighbour sharing its longest border; an overlap stays with the side
 * that has the longer part of the overlap's outline on its own border and is cut from the
 * other; a part outside the parent is cut away. Invalid geometries, duplicate ids, edge
 * mismatches and places are not repaired here: they need a person.
 *
 * <p>{@code CoverageRepair.suggest(report, grids)} then
 * {@code CoverageRepair.apply(grids, repairs)} gives new boundaries (the same ids in the
 * same order) that check clean when the suggestions are followed in full. Stateless and
 * thread-safe.
 */
public final class CoverageRepair {
    private CoverageRepair() {}

    /**
     * Repairs {@code grids} among themselves (no parent: holes in their union are gaps), as
     * {@link #repair(Boundary, List, RepairOptions)}.
     */
    public static RepairResult repair(List<Boundary> grids, RepairOptions options) {
        requireNonNull(grids, "grids");
        requireNonNull(options, "options");
        return grids.isEmpty()
                ? new RepairResult(
                        List.of(),
                        List.of(),
                        List.of(),
                        CoverageCheck.of(options.check()).check(grids))
                : new CoverageCleaner(null, grids, options).run();
    }

    /**
     * Repairs {@code grids} into a clean coverage of {@code parent} and always finishes: invalid
     * grids are made valid with JTS's {@code GeometryFixer} (every part kept); then each cluster of
     * defects is rebuilt from the faces of its grids' borders noded with snapping (vertices within
     * {@link RepairOptions#snapM()} become one, neighbours match vertex for vertex), each overlap
     * staying with the side whose border runs longest along it (one over 1% of a grid's area with
     * the grid it is the largest share of), each gap up to
     * {@link RepairOptions#maxGapWidthM()} wide going to the neighbour with the longest border
     * along it, parts outside the parent cut. Where snapping does not converge the cluster is
     * widened and snap-rounded, and the result says so in {@link RepairResult#notes()}. What cannot
     * be repaired (a wider gap, a duplicate id, a gap with no neighbour) stays in
     * {@link RepairResult#remaining()} for a person. No TopologyException escapes.
     */
    public static RepairResult repair(Boundary parent, List<Boundary> grids, RepairOptions options) {
        requireNonNull(parent, "parent");
        requireNonNull(grids, "grids");
        requireNonNull(options, "options");
        return grids.isEmpty()
                ? new RepairResult(
                        List.of(),
                        List.of(),
                        List.of(),
                        CoverageCheck.of(options.check()).check(parent, grids))
                : new CoverageCleaner(parent, grids, options).run();
    }

    /** One suggestion per gap, overlap and part outside the parent in {@code report}, in report order. */
    public static List<Repair> suggest(CoverageReport report, List<Boundary> grids, CoverageOptions options) {
        requireNonNull(report, "report");
        requireNonNull(options, "options");
        Map<String, Geometry> byId = byId(grids);
        List<Repair> out = new ArrayList<>();
        for (CoverageFinding f : report.findings()) {
            switch (f.kind()) {
                case GAP -> {
                    if (!f.ids().isEmpty()) {
                        String keeper = f.ids().get(0);
                        out.add(new Repair(
                                f,
                                Optional.of(keeper),
                                Optional.empty(),
                                border(f.geometry(), geometry(byId, keeper), options)));
                    }
                }
                case OVERLAP -> {
                    String a = f.ids().get(0);
                    String b = f.ids().get(1);
                    double onA = border(f.geometry(), geometry(byId, a), options);
                    double onB = border(f.geometry(), geometry(byId, b), options);
                    boolean aKeeps = onA >= onB;
                    out.add(new Repair(
                            f, Optional.of(aKeeps ? a : b), Optional.of(aKeeps ? b : a), Math.max(onA, onB)));
                }
                case OUTSIDE_PARENT ->
                    out.add(new Repair(f, Optional.empty(), Optional.of(f.ids().get(0)), 0));
                default -> {}
            }
        }
        return out;
    }

    /** New boundaries with {@code repairs} applied: keepers united with the ground, losers cut. */
    public static List<Boundary> apply(List<Boundary> grids, List<Repair> repairs) {
        requireNonNull(repairs, "repairs");
        Map<String, Geometry> current = new HashMap<>(byId(grids));
        for (Repair r : repairs) {
            Geometry ground = r.finding().geometry();
            r.loser()
                    .ifPresent(id -> current.put(
                            id,
                            polygonal(OverlayNGRobust.overlay(geometry(current, id), ground, OverlayNG.DIFFERENCE))));
            r.keeper()
                    .ifPresent(id -> current.put(
                            id, polygonal(OverlayNGRobust.overlay(geometry(current, id), ground, OverlayNG.UNION))));
        }
        List<Boundary> out = new ArrayList<>(grids.size());
        for (Boundary b : grids) {
            out.add(Boundary.of(b.id(), current.get(b.id())));
        }
        return out;
    }

    private static Geometry polygonal(Geometry g) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        return polygons.size() == 1
                ? polygons.get(0)
                : g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static Map<String, Geometry> byId(List<Boundary> grids) {
        Map<String, Geometry> byId = new HashMap<>();
        for (Boundary b : requireNonNull(grids, "grids")) {
            byId.putIfAbsent(b.id(), b.geometry());
        }
        return byId;
    }

    private static Geometry geometry(Map<String, Geometry> byId, String id) {
        Geometry g = byId.get(id);
        if (g == null) {
            throw new UnknownIdException("grid", id);
        }
        return g;
    }

    /** Length in metres of the ground's outline lying on {@code cell}'s border. */
    private static double border(Geometry ground, Geometry cell, CoverageOptions options) {
        IndexedFacetDistance facets = new IndexedFacetDistance(cell);
        double eps = options.snapTolerance()
                + 1e-9 * Math.max(1, Math.abs(ground.getEnvelopeInternal().getMaxX()));
        double total = 0;
        for (int i = 0; i < ground.getNumGeometries(); i++) {
            if (ground.getGeometryN(i) instanceof Polygon p) {
                total += onBorder(p.getExteriorRing().getCoordinateSequence(), facets, eps, cell, options);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    total += onBorder(p.getInteriorRingN(h).getCoordinateSequence(), facets, eps, cell, options);
                }
            }
        }
        return total;
    }

    private static double onBorder(
            CoordinateSequence ring, IndexedFacetDistance facets, double eps, Geometry cell, CoverageOptions options) {
        double total = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            Coordinate mid =
                    new Coordinate((ring.getX(i) + ring.getX(i + 1)) / 2, (ring.getY(i) + ring.getY(i + 1)) / 2);
            if (facets.isWithinDistance(cell.getFactory().createPoint(mid), eps)) {
                total += Measure.distance(
                        ring.getX(i), ring.getY(i), ring.getX(i + 1), ring.getY(i + 1), options.units());
            }
        }
        return total;
    }
}
