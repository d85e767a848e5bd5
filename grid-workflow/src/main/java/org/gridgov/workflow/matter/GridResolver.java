package org.gridgov.workflow.matter;

import java.util.Optional;
import org.gridgov.core.area.AreaCode;

/**
 * Finds the grid a coordinate lies in, so that a matter reported "by coordinates" (seed 000:
 * an emergency located by coordinates to its grid) lands in a grid.
 *
 * <p>grid-geo implements it over real grid boundaries; grid-workflow itself knows no geometry.
 * Implementations must be thread-safe: the engine calls them from any thread.
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
   * @param crs the coordinate system's name, e.g. {@code EPSG:4326} or {@code EPSG:4490}
   */
  Optional<AreaCode> resolve(double lon, double lat, String crs);
}
