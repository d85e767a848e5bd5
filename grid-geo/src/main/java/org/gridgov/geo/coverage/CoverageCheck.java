package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.UnknownIdException;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonProblem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Checks that children cover their parent with no gap, no overlap, nothing outside, and
 * borders that match vertex for vertex, and that every place lies in its assigned grid.
 *
 * <pre>{@code
 * CoverageReport report = CoverageCheck.defaults().check(parent, grids);   // projected metres
 * CoverageReport lonLat = CoverageCheck.of(options).check(parent, grids, places);
 * }</pre>
 *
 * <p>One verb, {@code check}, overloaded; a parent always comes before its grids, and leaving
 * it out checks the grids among themselves (the outline is not checked, holes in the union are
 * gaps). {@link #check(List, Map, List)} checks a whole district in one call,
 * {@link #check(GeoJsonFeatures, GeoJsonFeatures)} checks files, {@link #incremental} re-checks
 * after each redraw.
 *
 * <p>How: every directed segment is hashed; in a clean coverage each interior segment
 * appears once in each direction and the parent's reversed rings pair with the outline, so
 * only unmatched segments are looked at with exact JTS geometry (see the module README).
 * Defects are returned as data in a {@link CoverageReport}; a null argument or an unknown
 * id in a hierarchy is misuse and throws. Stateless and thread-safe.
 */
public final class CoverageCheck {
    private final CoverageOptions options;

    private CoverageCheck(CoverageOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** A check with the default options: projected metres ({@link CoverageOptions#defaults()}). */
    public static CoverageCheck defaults() {
        return new CoverageCheck(CoverageOptions.defaults());
    }

    /** A check with these options. */
    public static CoverageCheck of(CoverageOptions options) {
        return new CoverageCheck(options);
    }

    /** Checks {@code grids} among themselves: no parent, so holes in their union are gaps. */
    public CoverageReport check(List<Boundary> grids) {
        return check(null, grids, List.of());
    }

    /** Checks {@code grids} against {@code parent}. */
    public CoverageReport check(Boundary parent, List<Boundary> grids) {
        return check(requireNonNull(parent, "parent"), grids, List.of());
    }

    /** Checks {@code grids} among themselves and that every place lies in its assigned grid. */
    public CoverageReport check(List<Boundary> grids, List<PlacePoint> places) {
        return check(null, grids, places);
    }

    /** Checks {@code grids} against {@code parent} and that every place lies in its assigned grid. */
    public CoverageReport check(Boundary parent, List<Boundary> grids, List<PlacePoint> places) {
        requireNonNull(grids, "grids");
        requireNonNull(places, "places");
        CoverageState state = new CoverageState(
                parent == null ? "" : parent.id(), parent == null ? null : parent.geometry(), grids, places, options);
        return CoverageReport.of(grids.size(), state.findings(), options);
    }

    /**
     * Checks a whole hierarchy in one call: every parent in {@code childrenByParent} against
     * its children (findings carry the parent as scope), and every place against the leaves
     * (areas that are nobody's parent). Invalid geometries are reported once.
     *
     * @throws UnknownIdException if the map names an id that is not among {@code areas}
     */
    public CoverageReport check(
            List<Boundary> areas, Map<String, List<String>> childrenByParent, List<PlacePoint> places) {
        requireNonNull(areas, "areas");
        requireNonNull(childrenByParent, "childrenByParent");
        requireNonNull(places, "places");
        Map<String, Boundary> byId = new HashMap<>();
        for (Boundary b : areas) {
            byId.putIfAbsent(b.id(), b);
        }
        List<CoverageFinding> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : childrenByParent.entrySet()) {
            Boundary parent = lookup(byId, e.getKey());
            List<Boundary> children = new ArrayList<>();
            for (String child : e.getValue()) {
                children.add(lookup(byId, child));
            }
            for (CoverageFinding f :
                    new CoverageState(parent.id(), parent.geometry(), children, List.of(), options).findings()) {
                if (f.kind() != CoverageFinding.Kind.INVALID_GEOMETRY
                        || seen.add(f.ids().get(0))) {
                    all.add(f);
                }
            }
        }
        if (!places.isEmpty()) {
            List<Boundary> leaves = new ArrayList<>();
            for (Boundary b : areas) {
                if (!childrenByParent.containsKey(b.id())) {
                    leaves.add(b);
                }
            }
            for (CoverageFinding f : new CoverageState("", null, leaves, places, options).findings()) {
                if (f.kind() == CoverageFinding.Kind.UNASSIGNED_PLACE
                        || f.kind() == CoverageFinding.Kind.MISASSIGNED_PLACE) {
                    all.add(f);
                }
            }
        }
        return CoverageReport.of(areas.size(), all, options);
    }

    /**
     * Checks features read from GeoJSON: the reader's problems become findings
     * ({@code INVALID_INPUT}, or {@code INVALID_GEOMETRY} for geometry defects) naming the
     * feature and its JSON path, then the features are checked as boundaries. The parent
     * file's features are united into one parent whose id is the first feature's.
     */
    public CoverageReport check(GeoJsonFeatures parent, GeoJsonFeatures grids) {
        return checkFeatures(Optional.of(requireNonNull(parent, "parent")), grids);
    }

    /** Checks features read from GeoJSON among themselves, as {@link #check(GeoJsonFeatures, GeoJsonFeatures)}. */
    public CoverageReport check(GeoJsonFeatures grids) {
        return checkFeatures(Optional.empty(), grids);
    }

    private CoverageReport checkFeatures(Optional<GeoJsonFeatures> parent, GeoJsonFeatures grids) {
        requireNonNull(grids, "grids");
        List<Boundary> boundaries = new ArrayList<>(grids.features().size());
        for (GeoJsonFeature f : grids.features()) {
            boundaries.add(Boundary.of(f.id(), f.geometry()));
        }
        Optional<Boundary> parentBoundary = parent.filter(p -> !p.features().isEmpty())
                .map(p -> {
                    List<Geometry> parts = new ArrayList<>();
                    for (GeoJsonFeature f : p.features()) {
                        parts.add(f.geometry());
                    }
                    Geometry union;
                    try {
                        union = OverlayNGRobust.union(parts);
                    } catch (RuntimeException e) {
                        // an invalid parent JTS cannot union: keep its parts side by side (validity is reported anyway)
                        union = parts.get(0).getFactory().buildGeometry(parts);
                    }
                    return Boundary.of(p.features().get(0).id(), union);
                });
        CoverageState state = new CoverageState(
                parentBoundary.map(Boundary::id).orElse(""),
                parentBoundary.map(Boundary::geometry).orElse(null),
                boundaries,
                List.of(),
                options);
        List<CoverageFinding> all = new ArrayList<>(state.findings());
        all.addAll(InputFindings.of(grids, state.factory));
        parent.ifPresent(p -> all.addAll(InputFindings.of(p, state.factory)));
        return CoverageReport.of(boundaries.size(), all, options);
    }

    /** Starts an incremental check against {@code parent}: a full check now, then cheap re-checks after each redraw. */
    public IncrementalCoverageCheck incremental(Boundary parent, List<Boundary> grids, List<PlacePoint> places) {
        return startIncremental(requireNonNull(parent, "parent"), grids, places);
    }

    /** Starts an incremental check of {@code grids} among themselves. */
    public IncrementalCoverageCheck incremental(List<Boundary> grids, List<PlacePoint> places) {
        return startIncremental(null, grids, places);
    }

    private IncrementalCoverageCheck startIncremental(Boundary parent, List<Boundary> grids, List<PlacePoint> places) {
        CoverageState state = new CoverageState(
                parent == null ? "" : parent.id(),
                parent == null ? null : parent.geometry(),
                requireNonNull(grids, "grids"),
                requireNonNull(places, "places"),
                options);
        return new IncrementalCoverageCheck(state);
    }

    private static Boundary lookup(Map<String, Boundary> byId, String id) {
        Boundary b = byId.get(requireNonNull(id, "id"));
        if (b == null) {
            throw new UnknownIdException("area", id);
        }
        return b;
    }

    /** Reader problems as findings. */
    static final class InputFindings {
        private InputFindings() {}

        static List<CoverageFinding> of(GeoJsonFeatures file, org.locationtech.jts.geom.GeometryFactory factory) {
            if (file.problems().isEmpty()) {
                return List.of(); // the common clean file: no index of its features
            }
            Map<Integer, Geometry> byIndex = new HashMap<>();
            for (GeoJsonFeature f : file.features()) {
                byIndex.put(f.index(), f.geometry());
            }
            List<CoverageFinding> out = new ArrayList<>();
            for (GeoJsonProblem p : file.problems()) {
                boolean geometry =
                        p.kind() != GeoJsonProblem.Kind.MISSING_ID && p.kind() != GeoJsonProblem.Kind.NOT_A_FEATURE;
                Geometry g = byIndex.get(p.featureIndex());
                org.locationtech.jts.geom.Coordinate at = g == null || g.isEmpty()
                        ? new org.locationtech.jts.geom.Coordinate(0, 0)
                        : g.getInteriorPoint().getCoordinate();
                out.add(new CoverageFinding(
                        geometry ? CoverageFinding.Kind.INVALID_GEOMETRY : CoverageFinding.Kind.INVALID_INPUT,
                        "",
                        List.of(p.featureId()),
                        0,
                        factory.createPoint(at),
                        false,
                        factory.createPoint(),
                        file.source() + "." + p));
            }
            return out;
        }
    }
}
