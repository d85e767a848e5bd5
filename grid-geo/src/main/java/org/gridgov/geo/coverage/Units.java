package org.gridgov.geo.coverage;

/** What the coordinates of the boundaries mean. */
public enum Units {
  /** Projected coordinates in metres (e.g. a Gauss-Kruger zone); areas are planar. */
  METRES,
  /**
   * Longitude and latitude in degrees on WGS84 or CGCS2000 (treated as equal); areas are
   * ellipsoidal, tolerances in metres are converted at 111,319.49 m per degree.
   */
  LON_LAT
}
