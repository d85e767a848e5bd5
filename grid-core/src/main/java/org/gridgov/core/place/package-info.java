/**
 * Places (buildings, courtyards, schools, hospitals, enterprises, institutions), each of which
 * belongs to exactly one grid.
 *
 * <p>{@link org.gridgov.core.place.Place} is one place; {@code GridPlan#gridOf} finds its grid.
 */
package org.gridgov.core.place;
