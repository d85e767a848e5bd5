package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.core.UnknownIdException;
import org.locationtech.jts.geom.Geometry;

/**
 * A coverage check that stays current while grids are redrawn one at a time: after
 * {@link #redraw}, only the redrawn grid's segments, the clusters of unmatched segments
 * near it and the places in its old or new extent are re-examined, and {@link #report()}
 * equals what a full {@link CoverageCheck} of the current boundaries returns.
 *
 * <p>Started by {@link CoverageCheck#incremental}. Mutable and not thread-safe: confine
 * it to one thread (an editing session). Without a parent, the outline of the whole
 * coverage is one cluster, so redraws on the outline re-examine all of it.
 */
public final class IncrementalCoverageCheck {
    private final CoverageState state;
    private CoverageReport report;

    IncrementalCoverageCheck(CoverageState state) {
        this.state = state;
        this.report = CoverageReport.of(state.cellCount(), state.findings(), state.options);
    }

    /** The report for the boundaries as they are now. */
    public CoverageReport report() {
        return report;
    }

    /**
     * Replaces the geometry of grid {@code id} (the first boundary with that id) and
     * returns the updated report.
     *
     * @throws UnknownIdException if no boundary has that id
     */
    public CoverageReport redraw(String id, Geometry geometry) {
        requireNonNull(id, "id");
        requireNonNull(geometry, "geometry");
        Integer cell = state.cellOf(id);
        if (cell == null) {
            throw new UnknownIdException("grid", id);
        }
        state.redraw(cell, geometry);
        report = CoverageReport.of(state.cellCount(), state.findings(), state.options);
        return report;
    }

    /**
     * Replaces the geometries of several grids at once (id to new geometry; each id names the
     * first boundary with that id) and returns the updated report: the same report as redrawing
     * them one by one, or as a full {@link CoverageCheck} of the boundaries as they are now, but
     * the neighbourhoods of the changes are re-examined once, after all of them. A repair round
     * re-checks what it changed this way.
     *
     * @throws UnknownIdException if an id names no boundary; then nothing is redrawn
     */
    public CoverageReport redraw(Map<String, ? extends Geometry> geometries) {
        requireNonNull(geometries, "geometries");
        Map<Integer, Geometry> cells = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Geometry> e : geometries.entrySet()) {
            String id = requireNonNull(e.getKey(), "id");
            Integer cell = state.cellOf(id);
            if (cell == null) {
                throw new UnknownIdException("grid", id);
            }
            cells.put(cell, requireNonNull(e.getValue(), "geometry"));
        }
        return redrawCells(cells);
    }

    /** As {@link #redraw(Map)}, by position in the checked list (cell to new geometry). */
    CoverageReport redrawCells(Map<Integer, Geometry> cells) {
        if (!cells.isEmpty()) {
            state.redraw(cells);
            report = CoverageReport.of(state.cellCount(), state.findings(), state.options);
        }
        return report;
    }

    /** Approximate bytes held by the segment table and the cell index. */
    public long indexBytes() {
        return state.bytes();
    }
}
