/**
 * grid-geo: boundaries, coverage checks, point location and coordinate systems, on JTS.
 *
 * <p>Start with {@link org.gridgov.geo.boundary.BoundaryFiles} (read a plan's boundaries from
 * GeoJSON), then {@link org.gridgov.geo.locate.PlanLocator} (which grid, community, street and
 * district a point is in) and {@link org.gridgov.geo.coverage.CoverageCheck} (gaps, overlaps and
 * misplaced buildings: {@code CoverageCheck.defaults().check(parent, grids)}).
 */
module org.gridgov.geo {
    requires static org.immutables.value.annotations;
    requires transitive org.gridgov.core;
    requires transitive org.locationtech.jts;

    exports org.gridgov.geo.boundary;
    exports org.gridgov.geo.coverage;
    exports org.gridgov.geo.crs;
    exports org.gridgov.geo.geojson;
    exports org.gridgov.geo.layers;
    exports org.gridgov.geo.locate;
    exports org.gridgov.geo.reach;
}
