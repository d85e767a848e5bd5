/**
 * Three-whistle routing (三哨分流, Huancui, seed 002): at which level a matter is handled.
 *
 * <p>A {@link org.gridgov.workflow.routing.RoutingPolicy} is an ordered list of
 * {@link org.gridgov.workflow.routing.RoutingRule}s over category, {@link org.gridgov.workflow.routing.Severity}, number of grids and
 * {@link org.gridgov.workflow.mode.Mode}, written as data (Jackson-readable); the first match gives
 * a {@link org.gridgov.workflow.routing.Routing}: a {@link org.gridgov.workflow.routing.HandlingLevel}
 * (grid, community, street, district) and the {@link org.gridgov.workflow.routing.Whistle} that
 * follows from it (routine, joint, tough). The engine routes a matter when it is registered;
 * escalation moves it one level up, de-escalation back to the grid, each with a reason.
 */
package org.gridgov.workflow.routing;
