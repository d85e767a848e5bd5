/**
 * Coverage checks: do the children of an area (grids of a community, communities of a
 * street) cover it "to the edge and to the bottom, leaving no blank and never
 * overlapping", and does every place lie in exactly one grid, its assigned one?
 *
 * <p>Entry points: {@link org.gridgov.geo.coverage.CoverageCheck} ({@code defaults().check(parent,
 * grids)}, and {@code of(options)} for lon/lat input, tolerances,
 * accepted findings, whole hierarchies and GeoJSON input), returning an immutable
 * {@link org.gridgov.geo.coverage.CoverageReport} of
 * {@link org.gridgov.geo.coverage.CoverageFinding}s (kind, ids, area in m², location,
 * below-tolerance flag, geometry) that writes itself as JSON and GeoJSON;
 * {@link org.gridgov.geo.coverage.IncrementalCoverageCheck} to re-check after each
 * redraw; {@link org.gridgov.geo.coverage.CoverageRepair} to suggest and apply repairs.
 */
package org.gridgov.geo.coverage;
