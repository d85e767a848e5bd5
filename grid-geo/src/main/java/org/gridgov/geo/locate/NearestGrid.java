package org.gridgov.geo.locate;

/**
 * The grid nearest to a point and the distance to its boundary in metres; the distance is
 * {@code 0} when the point lies in the grid.
 *
 * @param grid the grid's id
 * @param distanceMetres planar for projected coordinates, haversine for longitude/latitude
 */
public record NearestGrid(String grid, double distanceMetres) {}
