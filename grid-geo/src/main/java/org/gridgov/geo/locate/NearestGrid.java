package org.gridgov.geo.locate;

/**
 * The grid nearest to a point and the distance to its boundary in metres; the distance is
 * {@code 0} when the point lies in the grid.
 *
 * @param grid the grid's id
 * @param distanceMetres planar for projected coordinates, on the WGS84 ellipsoid for longitude/latitude (the model coverage measures with)
 */
public record NearestGrid(String grid, double distanceMetres) {}
