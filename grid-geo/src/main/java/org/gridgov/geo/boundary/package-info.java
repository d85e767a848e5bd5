/**
 * Boundaries: the geometry of a plan's areas, attached to plan revisions so that edits carry
 * geometry.
 *
 * <p>Entry point: {@link org.gridgov.geo.boundary.BoundedPlan}.
 */
package org.gridgov.geo.boundary;
