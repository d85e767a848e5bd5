/**
 * Plans and their revisions: a district's grid network as an immutable snapshot, and the
 * dynamic adjustments (动态调整) that make its next revision.
 *
 * <p>{@link org.gridgov.core.plan.GridPlan} is one snapshot with its queries (children,
 * ancestors, the grid of a place, roll-up totals). {@link org.gridgov.core.plan.PlanEdit}s (add,
 * split, merge, move places, re-code, retire, revise an area, revise boundaries) are validated as a whole;
 * {@link org.gridgov.core.plan.PlanHistory} keeps every revision and the change record of each
 * edit. {@link org.gridgov.core.plan.PlanFile} reads and writes the JSON plan format.
 */
package org.gridgov.core.plan;
