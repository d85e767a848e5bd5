package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.gridgov.geo.geojson.GeometryJson;
import org.locationtech.jts.geom.Geometry;

/**
 * What a repair did to one grid: whether its geometry had to be made valid, its area as read,
 * after that fix and after the repair, and the ground it gained and lost.
 *
 * @param id the grid
 * @param madeValid true when the input was invalid and JTS's {@code GeometryFixer} rebuilt it
 *     (keeping every part)
 * @param areaInM2 the area as read (for an invalid ring this is the signed shoelace sum, which
 *     can mean little: a bow-tie's halves cancel)
 * @param fixedAreaM2 the area after the fix; equal to {@code areaInM2} for a valid grid
 * @param areaOutM2 the area of the repaired grid; it differs from the fixed area plus the
 *     gains minus the losses only by what snapping moved
 * @param gained ground taken in: gaps filled ({@code GAP}), slivers taken in when a border was
 *     snapped to its neighbour's ({@code EDGE_MISMATCH})
 * @param lost ground given up: overlaps left to a neighbour ({@code OVERLAP}), parts outside
 *     the parent cut ({@code OUTSIDE_PARENT}), slivers given up by snapping ({@code EDGE_MISMATCH})
 *
 * <p>Immutable if the geometries are not mutated; thread-safe to share.
 */
public record GridChange(
        String id,
        boolean madeValid,
        double areaInM2,
        double fixedAreaM2,
        double areaOutM2,
        List<Transfer> gained,
        List<Transfer> lost) {

    public GridChange {
        requireNonNull(id, "id");
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    /** What the transfers do not account for (rounding, snap-rounding fallbacks): the output area less the fixed area, the gains and the losses. */
    public double snappedM2() {
        return areaOutM2
                - fixedAreaM2
                - gained.stream().mapToDouble(Transfer::areaM2).sum()
                + lost.stream().mapToDouble(Transfer::areaM2).sum();
    }

    /**
     * A piece of ground that changed hands.
     *
     * @param kind the finding it repairs: {@code GAP}, {@code OVERLAP}, {@code OUTSIDE_PARENT}
     *     or {@code EDGE_MISMATCH} (snapping)
     * @param neighbour the keeper of an overlap; {@code ""} for a gap, the outside of the
     *     parent or snapping
     * @param areaM2 its area in square metres
     * @param geometry the ground, in input coordinates
     */
    public record Transfer(
            CoverageFinding.Kind kind,
            String neighbour,
            double areaM2,

            @JsonSerialize(using = GeometryJson.Writer.class) @JsonDeserialize(using = GeometryJson.Reader.class)
            Geometry geometry) {
        public Transfer {
            requireNonNull(kind, "kind");
            requireNonNull(neighbour, "neighbour");
            requireNonNull(geometry, "geometry");
        }
    }
}
