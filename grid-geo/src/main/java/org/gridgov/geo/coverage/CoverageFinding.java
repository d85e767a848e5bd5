package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gridgov.core.Finding;
import org.gridgov.geo.geojson.GeometryJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One defect of a coverage: what kind, which areas, how big and where.
 *
 * @param kind what is wrong
 * @param scope the id of the parent whose children were checked ({@code ""} when there was none)
 * @param ids the areas involved, in the order documented per {@link Kind}
 * @param areaM2 size in square metres (ellipsoidal for lon/lat input); 0 for point-like defects
 * @param location a representative point inside the defect, in input coordinates
 * @param belowTolerance true when the defect is narrower than the options' tolerance; it
 *     is reported all the same
 * @param geometry the defect itself (polygon, lines or point), in input coordinates
 * @param detail a sentence: JTS's reason for an invalid geometry, the JSON path of a file
 *     problem, the assigned and actual grid of a place
 * @param repaired true when an area among {@code ids} is invalid and the defect was found on its
 *     repair (JTS {@code GeometryFixer}) rather than on the boundary as drawn; the area's own
 *     {@link Kind#INVALID_GEOMETRY} finding says why it was invalid
 *
 * <p>A {@link Finding}: {@link #rule()} is {@code coverage.} and the kind ({@code coverage.gap}),
 * {@link #subject()} the ids joined by commas, {@link #message()} one line with the kind, the ids,
 * the area and the detail. Immutable if the geometries are not mutated; thread-safe to share.
 */
public record CoverageFinding(
        Kind kind,
        String scope,
        List<String> ids,
        double areaM2,

        @JsonSerialize(using = GeometryJson.Writer.class) @JsonDeserialize(using = GeometryJson.Reader.class)
        Point location,

        boolean belowTolerance,

        @JsonSerialize(using = GeometryJson.Writer.class) @JsonDeserialize(using = GeometryJson.Reader.class)
        Geometry geometry,

        String detail,
        boolean repaired)
        implements Finding {

    /** Kinds of defect, in report order. */
    public enum Kind {
        /** A boundary JTS finds invalid (ids: the area); {@code detail} is JTS's reason. */
        INVALID_GEOMETRY,
        /** A feature the reader could use only in part, or not at all (ids: the feature id). */
        INVALID_INPUT,
        /** Two or more boundaries share an id (ids: the id). */
        DUPLICATE_ID,
        /** Two siblings cover the same ground (ids: the pair, sorted). */
        OVERLAP,
        /** Ground inside the parent that no child covers (ids: the neighbouring children, longest shared border first). */
        GAP,
        /** The part of a child beyond its parent (ids: the child). */
        OUTSIDE_PARENT,
        /** Neighbours' shared border does not match vertex for vertex, or a sliver under the snap tolerance (ids: the pair, sorted). */
        EDGE_MISMATCH,
        /** A place whose point is in no grid (ids: the place, its assigned grid). */
        UNASSIGNED_PLACE,
        /** A place whose point is in a grid other than the one assigned (ids: the place, its assigned grid, the grids it is in). */
        MISASSIGNED_PLACE
    }

    static final Comparator<CoverageFinding> ORDER = Comparator.comparing(CoverageFinding::kind)
            .thenComparing(CoverageFinding::scope)
            .thenComparing(f -> String.join("\u0000", f.ids()))
            .thenComparingDouble(f -> f.location().getX())
            .thenComparingDouble(f -> f.location().getY())
            .thenComparingDouble(CoverageFinding::areaM2);

    public CoverageFinding {
        requireNonNull(kind, "kind");
        requireNonNull(scope, "scope");
        ids = List.copyOf(ids);
        requireNonNull(location, "location");
        requireNonNull(geometry, "geometry");
        requireNonNull(detail, "detail");
    }

    /** A finding on boundaries as drawn ({@code repaired} false). */
    public CoverageFinding(
            Kind kind,
            String scope,
            List<String> ids,
            double areaM2,
            Point location,
            boolean belowTolerance,
            Geometry geometry,
            String detail) {
        this(kind, scope, ids, areaM2, location, belowTolerance, geometry, detail, false);
    }

    /** {@code coverage.} and the kind in lower case with dashes, e.g. {@code coverage.outside-parent}. */
    @Override
    public String rule() {
        return "coverage." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The ids involved, joined by commas in their documented order. */
    @Override
    public String subject() {
        return String.join(",", ids);
    }

    /** The kind, the ids, the area when there is one, whether on repaired geometry, and the detail when there is one. */
    @Override
    public String message() {
        StringBuilder s = new StringBuilder(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        s.append(" of ").append(ids.isEmpty() ? "(no id)" : String.join(", ", ids));
        if (areaM2 > 0) {
            s.append(String.format(Locale.ROOT, ", %.2f m²", areaM2));
        }
        if (belowTolerance) {
            s.append(", below tolerance");
        }
        if (repaired) {
            s.append(", on repaired geometry");
        }
        if (!detail.isEmpty()) {
            s.append(": ").append(detail);
        }
        return s.toString();
    }
}
