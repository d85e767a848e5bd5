/**
 * Areas and their codes: the hierarchy city > district > street/township >
 * community/village > grid > micro-grid (nesting up to three deep: building > stairwell).
 *
 * <p>{@link org.gridgov.core.area.AreaCode#parse(String)} reads and validates a code;
 * {@link org.gridgov.core.area.Area} is one area with its figures. How areas fit together is
 * checked by {@code org.gridgov.core.plan.GridPlan}.
 */
package org.gridgov.core.area;
