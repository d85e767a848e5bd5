/**
 * People and staffing: who works in which grid, in which role, with which duties, and whether
 * that meets the rules.
 *
 * <p>A {@link org.gridgov.core.staff.Roster} holds {@link org.gridgov.core.staff.Person}s and
 * their {@link org.gridgov.core.staff.Assignment}s; {@link org.gridgov.core.staff.StaffingCheck}
 * runs {@link org.gridgov.core.staff.StaffingRule}s (built-ins in
 * {@link org.gridgov.core.staff.StaffingRules}) and returns
 * {@link org.gridgov.core.staff.StaffingFinding}s. Names are personal data and never appear in
 * findings or messages.
 */
package org.gridgov.core.staff;
