/**
 * Many departments' grids into one network (多网合一, 一网运行): the party, comprehensive-governance,
 * emergency and environmental grids mapped onto the unified grid layer (the base).
 *
 * <p>Entry points: {@link org.gridgov.geo.layers.LayerMerge} ({@code
 * LayerMerge.defaults().crosswalk(base, layers)}) returns a {@link org.gridgov.geo.layers.Crosswalk}:
 * one {@link org.gridgov.geo.layers.CrosswalkRow} per departmental feature and base grid that
 * overlap, with the area in m² and the share of each, and {@link org.gridgov.geo.layers.LayerFinding}s
 * for features that straddle base borders, base grids no layer covers, departmental areas outside
 * the base, repaired geometry and unusable features; {@link
 * org.gridgov.geo.layers.Crosswalk#rehome} moves departmental records (points) to base grids. The
 * other direction, {@link org.gridgov.geo.layers.UnifiedLayerProposal}, proposes a unified layer
 * from several departmental ones (their common refinement, slivers merged), which checks clean as a
 * coverage.
 */
package org.gridgov.geo.layers;
