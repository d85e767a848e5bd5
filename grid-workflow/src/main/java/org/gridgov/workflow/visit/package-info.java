/**
 * Visits (走访): the mandatory visits the rules demand of grid workers and teams (seed 000's "six
 * must-visits" every month, team visits weekly, monthly or quarterly; seed 002's daily checks,
 * weekly meetings, monthly spot checks and quarterly visits), the records of visits done, and
 * satisfaction return visits (回访) after a matter closes.
 *
 * <p>Visit subjects are opaque references (the host or the register of residents resolves them)
 * with a category; subject categories and locations are sensitive and masked when printed.
 */
package org.gridgov.workflow.visit;
