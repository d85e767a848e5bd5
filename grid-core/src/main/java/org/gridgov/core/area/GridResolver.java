package org.gridgov.core.area;

import java.util.Optional;

/**
 * Finds the grid a coordinate lies in, so that a matter reported "by coordinates" (seed 000:
 * an emergency located by coordinates to its grid) lands in a grid.
 *
 * <p>It lives in grid-core so that grid-geo can implement it over real grid boundaries and
 * grid-workflow can use it without knowing any geometry. Implementations must be thread-safe:
 * the matter engine calls them from any thread.
 */
@FunctionalInterface
public interface GridResolver {
    /** A resolver that resolves nothing: an engine built with it accepts only grid codes. */
    GridResolver NONE = (lon, lat, crs) -> Optional.empty();

    /**
     * The grid containing the point, if any.
     *
     * @param lon longitude or easting
     * @param lat latitude or northing
     * @param crs the coordinate system's name: {@code EPSG:4326} (WGS84), {@code EPSG:4490}
     *     (CGCS2000), {@code GCJ-02} or {@code BD-09}
     */
    Optional<AreaCode> resolve(double lon, double lat, String crs);
}
