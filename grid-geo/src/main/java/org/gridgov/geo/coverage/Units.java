package org.gridgov.geo.coverage;

/** What the coordinates of the boundaries mean. */
public enum Units {
  /** Projected coordinates in metres (e.g. a Gauss-Kruger zone); areas are planar. */
  METRES,
  /**
   * Longitude and latitude in degrees on WGS84 or CGCS2000 (treated as equal); areas are
   * ellipsoidal, tolerances in metres are converted at 111,319.49 m per degree.
   */
  LON_LAT;

  /**
   * The likely units of coordinates spanning {@code extent}: lon/lat when it fits in
   * [-180, 180] x [-90, 90] (as RFC 7946 GeoJSON always does), metres otherwise. A guess
   * for tools reading files; a projected extent near the origin would be misread, so pass
   * the units explicitly when they are known.
   */
  public static Units guess(org.locationtech.jts.geom.Envelope extent) {
    java.util.Objects.requireNonNull(extent, "extent");
    boolean degrees = !extent.isNull() && extent.getMinX() >= -180 && extent.getMaxX() <= 180
        && extent.getMinY() >= -90 && extent.getMaxY() <= 90;
    return degrees ? LON_LAT : METRES;
  }
}
