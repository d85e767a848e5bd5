package org.gridgov.geo.locate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.Units;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Collects grid boundaries, parent links and options for a {@link GridLocator}.
 *
 * <p>Grids keep the order they are added in: it gives each grid its index and decides which
 * grid wins where grids overlap. Parent links ({@code id -> parent id}) may name ids that are not
 * grids (a community, a street, a district). Not thread-safe; {@link #build()} copies, so a
 * builder may go on being used. Rejected input leaves the builder as it was.
 */
public final class GridLocatorBuilder {
    private final Map<String, Geometry> grids = new LinkedHashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private Units units = Units.METRES;
    private CoordinateSystem pointSystem = CoordinateSystem.WGS84;
    private double bucketsPerSegment = BucketIndexBuilder.BUCKETS_PER_SEGMENT;

    GridLocatorBuilder() {}

    /**
     * Adds a grid.
     *
     * @throws InvalidInputException if the id is blank or already added, or the boundary is not a
     *     non-empty Polygon or MultiPolygon with finite coordinates
     */
    public GridLocatorBuilder grid(String id, Geometry boundary) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("grids[" + grids.size() + "].id", "must not be blank", id);
        }
        String path = "grids[" + id + "]";
        if (grids.containsKey(id)) {
            throw new InvalidInputException(path, "grid ids must be unique", id);
        }
        if (boundary == null) {
            throw new InvalidInputException(path, "boundary must be a Polygon or MultiPolygon", null);
        }
        if (!(boundary instanceof Polygon || boundary instanceof MultiPolygon)) {
            throw new InvalidInputException(
                    path, "boundary must be a Polygon or MultiPolygon", boundary.getGeometryType());
        }
        if (boundary.isEmpty()) {
            throw new InvalidInputException(path, "boundary must not be empty", boundary.getGeometryType());
        }
        Coordinate[] coordinates = boundary.getCoordinates();
        for (int k = 0; k < coordinates.length; k++) {
            Coordinate c = coordinates[k];
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw new InvalidInputException(
                        path + ".coordinates[" + k + "]", "coordinates must be finite", c.x + " " + c.y);
            }
        }
        grids.put(id, boundary);
        return this;
    }

    /** Adds every grid of the map, in its iteration order; all or nothing. */
    public GridLocatorBuilder grids(Map<String, ? extends Geometry> boundaries) {
        Map<String, Geometry> before = new LinkedHashMap<>(grids);
        try {
            boundaries.forEach(this::grid);
        } catch (RuntimeException e) {
            grids.clear();
            grids.putAll(before);
            throw e;
        }
        return this;
    }

    /**
     * Links {@code id} to its parent (a grid to its community, a community to its street...).
     *
     * @throws InvalidInputException if either id is blank or {@code id} already has another parent
     */
    public GridLocatorBuilder parent(String id, String parentId) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("parents", "ids must not be blank", id);
        }
        if (parentId == null || parentId.isBlank()) {
            throw new InvalidInputException("parents[" + id + "]", "parent id must not be blank", parentId);
        }
        String existing = parents.get(id);
        if (existing != null && !existing.equals(parentId)) {
            throw new InvalidInputException(
                    "parents[" + id + "]", "an id has one parent, already " + existing, parentId);
        }
        parents.put(id, parentId);
        return this;
    }

    /** Adds every parent link of the map; all or nothing. */
    public GridLocatorBuilder parents(Map<String, String> parentOf) {
        Map<String, String> before = new HashMap<>(parents);
        try {
            parentOf.forEach(this::parent);
        } catch (RuntimeException e) {
            parents.clear();
            parents.putAll(before);
            throw e;
        }
        return this;
    }

    /** What the coordinates are; {@link Units#METRES} unless set. */
    public GridLocatorBuilder units(Units value) {
        this.units = requireNonNull(value, "units");
        return this;
    }

    /**
     * The system points arrive in, converted to WGS84 before lookup; {@code WGS84} unless set.
     * Anything else needs boundaries in WGS84 longitude/latitude.
     */
    public GridLocatorBuilder pointSystem(CoordinateSystem value) {
        this.pointSystem = requireNonNull(value, "pointSystem");
        return this;
    }

    /** Tuning for tests and benchmarks: buckets per unique boundary segment. */
    GridLocatorBuilder bucketsPerSegment(double value) {
        if (!(value > 0)) {
            throw new InvalidInputException("bucketsPerSegment", "must be positive", value);
        }
        this.bucketsPerSegment = value;
        return this;
    }

    /**
     * Builds the locator: under a second for 100,000 grids.
     *
     * @throws InvalidInputException if parent links form a cycle, or a point system other than
     *     WGS84 is asked of projected coordinates
     */
    public GridLocator build() {
        if (pointSystem != CoordinateSystem.WGS84 && units != Units.LON_LAT) {
            throw new InvalidInputException("pointSystem", "needs units LON_LAT (boundaries in WGS84)", pointSystem);
        }
        String[] ids = grids.keySet().toArray(new String[0]);
        Map<String, Integer> indexOf = new HashMap<>();
        List<List<String>> chains = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            indexOf.put(ids[k], k);
            chains.add(chainOf(ids[k]));
        }
        SegmentTable segments = new SegmentTable();
        int k = 0;
        for (Geometry boundary : grids.values()) {
            for (int p = 0; p < boundary.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) boundary.getGeometryN(p);
                addRing(segments, k, polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    addRing(segments, k, polygon.getInteriorRingN(h));
                }
            }
            k++;
        }
        BucketIndex index = BucketIndexBuilder.build(segments, ids.length, bucketsPerSegment);
        return new GridLocator(ids, Map.copyOf(indexOf), List.copyOf(chains), index, units, pointSystem);
    }

    private static void addRing(SegmentTable segments, int cell, LineString ring) {
        var seq = ring.getCoordinateSequence();
        int n = seq.size();
        for (int i = 0; i + 1 < n; i++) {
            segments.add(cell, seq.getX(i), seq.getY(i), seq.getX(i + 1), seq.getY(i + 1));
        }
        if (n > 1 && (seq.getX(0) != seq.getX(n - 1) || seq.getY(0) != seq.getY(n - 1))) {
            segments.add(cell, seq.getX(n - 1), seq.getY(n - 1), seq.getX(0), seq.getY(0));
        }
    }

    private List<String> chainOf(String id) {
        if (!parents.containsKey(id)) {
            return List.of(id);
        }
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = id;
        chain.add(current);
        seen.add(current);
        for (String parent = parents.get(current); parent != null; parent = parents.get(current)) {
            if (!seen.add(parent)) {
                throw new InvalidInputException(
                        "parents[" + current + "]", "parent links must not form a cycle", parent);
            }
            chain.add(parent);
            current = parent;
        }
        return List.copyOf(chain);
    }
}
