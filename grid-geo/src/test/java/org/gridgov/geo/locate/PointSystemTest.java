package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.crs.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Geometry;

/**
 * A report from a Chinese map app lands in the right grid only when its coordinate system is
 * converted: in Zhenjiang the GCJ-02 offset is about 450 m east, more than a grid is wide.
 */
class PointSystemTest {
    private static final Map<String, Geometry> TWO_GRIDS = GridLocatorTest.grids(
            "west", "POLYGON ((119.400 32.180, 119.405 32.180, 119.405 32.190, 119.400 32.190, 119.400 32.180))",
            "east", "POLYGON ((119.405 32.180, 119.410 32.180, 119.410 32.190, 119.405 32.190, 119.405 32.180))");
    private static final double LON = 119.4010;
    private static final double LAT = 32.1850;

    @ParameterizedTest
    @EnumSource(
            value = CoordinateSystem.class,
            names = {"GCJ02", "BD09"})
    void appCoordinatesAreConvertedToWgs84BeforeLookup(CoordinateSystem app) {
        LonLat reported = CoordinateConverter.convert(CoordinateSystem.WGS84, app, LON, LAT);
        GridLocator naive =
                GridLocator.builder().grids(TWO_GRIDS).units(Units.LON_LAT).build();
        GridLocator converting = GridLocator.builder()
                .grids(TWO_GRIDS)
                .units(Units.LON_LAT)
                .pointSystem(app)
                .build();

        assertThat(naive.locate(LON, LAT)).contains("west");
        assertThat(naive.locate(reported.lon(), reported.lat())).isNotEqualTo(naive.locate(LON, LAT));
        assertThat(converting.locate(reported.lon(), reported.lat())).contains("west");
        assertThat(converting.locateAll(new double[] {reported.lon()}, new double[] {reported.lat()}))
                .containsExactly("west");
        assertThat(converting.nearest(reported.lon(), reported.lat())).contains(new NearestGrid("west", 0));
    }
}
