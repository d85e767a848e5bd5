package org.gridgov.core.place;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gridgov.core.InvalidInputException;

/**
 * A point: longitude and latitude in degrees (WGS84 / CGCS2000), or x and y in metres of a
 * projected system. Written in JSON as {@code [x, y]}, as GeoJSON does. Coordinates are finite.
 *
 * @param x longitude or easting
 * @param y latitude or northing
 */
public record Position(double x, double y) {

    /** Checks the coordinates are finite. */
    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidInputException("location", "coordinates are finite numbers", "[" + x + ", " + y + "]");
        }
    }

    /** A position from {@code [x, y]}. */
    @JsonCreator
    public static Position of(double[] xy) {
        if (xy == null || xy.length != 2) {
            throw new InvalidInputException(
                    "location",
                    "a position is an array of two numbers [x, y]",
                    xy == null ? null : xy.length + " numbers");
        }
        return new Position(xy[0], xy[1]);
    }

    /** {@code [x, y]}. */
    @JsonValue
    public double[] toArray() {
        return new double[] {x, y};
    }
}
