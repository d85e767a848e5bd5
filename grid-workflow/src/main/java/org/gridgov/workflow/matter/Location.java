package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;

/**
 * Where a matter is: an area code, or a coordinate that a {@link GridResolver} turns into one
 * at intake.
 *
 * <p>Exactly one of {@code area} and the coordinate ({@code lon}, {@code lat}, {@code crs}) is
 * set. Immutable. Checks that coordinates are finite; whether they fall in a grid is the
 * resolver's business.
 *
 * @param area the area code, or {@code null} for a coordinate
 * @param lon longitude or easting ({@code NaN} for an area)
 * @param lat latitude or northing ({@code NaN} for an area)
 * @param crs the coordinate system's name ({@code null} for an area)
 */
public record Location(AreaCode area, double lon, double lat, String crs) {

    /**
     * Checks that exactly one form is set.
     *
     * @throws InvalidInputException if neither or both are set, or a coordinate is not finite
     */
    public Location {
        if (area == null) {
            if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
                throw new InvalidInputException(
                        "location", "a coordinate location has finite lon and lat", lon + "," + lat);
            }
            if (crs == null || crs.isBlank()) {
                throw new InvalidInputException(
                        "location.crs", "a coordinate location names its coordinate system", crs);
            }
        } else if (crs != null || !Double.isNaN(lon) || !Double.isNaN(lat)) {
            throw new InvalidInputException("location", "a location is an area code or a coordinate, not both", area);
        }
    }

    /** A location given as an area code (normally a grid). */
    public static Location of(AreaCode area) {
        return new Location(requireNonNull(area, "area"), Double.NaN, Double.NaN, null);
    }

    /** A location given as a coordinate in the named coordinate system. */
    public static Location at(double lon, double lat, String crs) {
        return new Location(null, lon, lat, crs);
    }

    /** The area code, when the location was given as one. */
    public Optional<AreaCode> areaCode() {
        return Optional.ofNullable(area);
    }

    /**
     * The area of this location: the code itself, or the grid the resolver finds.
     *
     * @throws InvalidInputException if the coordinate lies in no grid the resolver knows
     */
    public AreaCode resolve(GridResolver resolver) {
        if (area != null) {
            return area;
        }
        return resolver.resolve(lon, lat, crs)
                .orElseThrow(() -> new InvalidInputException(
                        "location", "a coordinate must lie in a known grid", lon + "," + lat + " " + crs));
    }
}
