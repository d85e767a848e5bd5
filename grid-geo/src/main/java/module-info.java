/** grid-geo: boundaries, coverage checks, point location and coordinate systems, on JTS. */
module org.gridgov.geo {
    requires static org.immutables.value.annotations;
    requires transitive org.gridgov.core;
    requires transitive org.locationtech.jts;

    exports org.gridgov.geo.boundary;
    exports org.gridgov.geo.coverage;
    exports org.gridgov.geo.crs;
    exports org.gridgov.geo.geojson;
    exports org.gridgov.geo.locate;
}
