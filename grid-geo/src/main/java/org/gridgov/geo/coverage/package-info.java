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
 * redraw; {@link org.gridgov.geo.coverage.CoverageRepair} to repair a coverage end to end
 * ({@code repair(parent, grids, RepairOptions)}, giving a
 * {@link org.gridgov.geo.coverage.RepairResult} with a {@link org.gridgov.geo.coverage.GridChange}
 * per changed grid), or to suggest and apply repairs finding by finding;
 * {@link org.gridgov.geo.coverage.PlanRepair} to repair one area's children in a plan revision and
 * record the result as the next revision, with who, why and which grids changed.
 */
package org.gridgov.geo.coverage;
