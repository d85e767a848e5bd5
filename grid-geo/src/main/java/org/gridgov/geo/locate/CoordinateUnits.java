package org.gridgov.geo.locate;

/**
 * What the coordinates of a {@link GridLocator}'s boundaries and points are. Decides only how
 * distances to the nearest grid are measured; point location itself is planar either way.
 */
public enum CoordinateUnits {
  /** Projected x, y in metres (e.g. a CGCS2000 Gauss-Kruger zone): planar distances. */
  PROJECTED_METRES,
  /**
   * Longitude, latitude in degrees (WGS84 / CGCS2000): great-circle (haversine) distances on a
   * sphere of radius {@value GridLocator#EARTH_RADIUS_M} m. Edges are straight lines in
   * longitude/latitude, as GeoJSON draws them; longitudes are not wrapped at the antimeridian.
   */
  LON_LAT_DEGREES
}
