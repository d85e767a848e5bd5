/**
 * People and where they are posted: who works in which grid, in which role, with which duties.
 *
 * <p>A {@link org.gridgov.core.staff.Roster} holds {@link org.gridgov.core.staff.Person}s and
 * their {@link org.gridgov.core.staff.Posting}s. Whether the staffing meets the rules is
 * checked in {@code org.gridgov.core.staffing}. Names are personal data and never appear in
 * messages.
 */
package org.gridgov.core.staff;
