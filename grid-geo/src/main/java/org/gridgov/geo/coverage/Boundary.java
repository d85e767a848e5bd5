package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.gridgov.geo.geojson.GeometryJson;
import org.locationtech.jts.geom.Geometry;

/**
 * The boundary of one area (a grid, a community, a street): its id and a Polygon or
 * MultiPolygon. Not checked on construction: an invalid or empty geometry is a finding
 * of the coverage check, not an error. Immutable if the geometry is not mutated.
 */
public record Boundary(
        String id,

        @JsonSerialize(using = GeometryJson.Writer.class) @JsonDeserialize(using = GeometryJson.Reader.class)
        Geometry geometry) {

    public Boundary {
        requireNonNull(id, "id");
        requireNonNull(geometry, "geometry");
    }

    public static Boundary of(String id, Geometry geometry) {
        return new Boundary(id, geometry);
    }
}
