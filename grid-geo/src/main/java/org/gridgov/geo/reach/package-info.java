/**
 * The 15-minute service circle (家门口服务): is every home within a walk of a service station?
 *
 * <p>Entry point: {@link org.gridgov.geo.reach.ServiceReach} ({@code
 * ServiceReach.of(ReachOptions.defaults()).straightLine(homes, stations)} or {@code .along(roads,
 * homes, stations)}), returning a {@link org.gridgov.geo.reach.ReachReport}: per home the nearest
 * station, metres, minutes and whether it is within; per area the share within; the uncovered
 * homes as a layer. {@link org.gridgov.geo.reach.StationSuggestion} proposes K new station sites
 * greedily. Roads are a {@link org.gridgov.geo.reach.RoadNetwork} of GeoJSON lines.
 *
 * <p>Earth model: the WGS84 ellipsoid, locally flat. The straight-line distance between two points
 * is measured on the plane tangent at their mid-latitude, with the meridian and prime-vertical
 * radii there (grid-geo's one Earth model, the same as coverage lengths and the locator's
 * distances); for walking distances (under a few tens of kilometres) it agrees with the
 * ellipsoidal geodesic to far better than a metre. Coordinates are lon/lat degrees (WGS84 or
 * CGCS2000).
 */
package org.gridgov.geo.reach;
