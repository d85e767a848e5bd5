package org.gridgov.geo.crs;

/**
 * A longitude and a latitude in degrees, in whatever {@link CoordinateSystem} the context says.
 * Not checked: any doubles, including NaN, are accepted and carried through.
 */
public record LonLat(double lon, double lat) {}
