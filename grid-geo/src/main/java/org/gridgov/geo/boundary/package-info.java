/**
 * Boundaries: the geometry of a plan's areas, attached to plan revisions so that edits carry
 * geometry.
 *
 * <p>Entry points: {@link org.gridgov.geo.boundary.BoundaryFiles#attach} reads a plan's boundaries
 * from GeoJSON files into a {@link org.gridgov.geo.boundary.BoundedPlan}; then
 * {@code org.gridgov.geo.locate.PlanLocator.of(boundedPlan)} answers which grid a coordinate lies
 * in (it is the {@code GridResolver} a {@code GridOffice} takes).
 * {@link org.gridgov.geo.boundary.BoundedHistory} keeps the revisions with the record of who
 * changed what and why, geometry edits included.
 */
package org.gridgov.geo.boundary;
