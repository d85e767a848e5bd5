package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;

/**
 * A home (a household or a place) or a service station: an id and a lon/lat position in degrees
 * (WGS84 or CGCS2000). Immutable.
 */
public record Site(String id, double lon, double lat) {

    /** Checks that the position is a finite lon/lat; a bad one is an {@link InvalidInputException} naming the id. */
    public Site {
        requireNonNull(id, "id");
        if (!(lon >= -180 && lon <= 180)) {
            throw new InvalidInputException("site " + id + ".lon", "a longitude is within -180..180", lon);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidInputException("site " + id + ".lat", "a latitude is within -90..90", lat);
        }
    }

    /** The site. */
    public static Site of(String id, double lon, double lat) {
        return new Site(id, lon, lat);
    }
}
