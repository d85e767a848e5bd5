/**
 * Staffing rules: whether a plan's roster meets the rules, as {@code sizing} is for households.
 *
 * <p>{@link org.gridgov.core.staffing.StaffingCheck} runs
 * {@link org.gridgov.core.staffing.StaffingRule}s (built-ins in
 * {@link org.gridgov.core.staffing.StaffingRules}) over a plan and its
 * {@link org.gridgov.core.staff.Roster} and returns
 * {@link org.gridgov.core.staffing.StaffingFinding}s. Findings name grids and opaque person ids,
 * never names.
 */
package org.gridgov.core.staffing;
