package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.geo.boundary.BoundedPlan;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.testing.Wkt;
import org.junit.jupiter.api.Test;

/** Two grids of 贺家弄社区 side by side in lon/lat; reports arrive in WGS84, GCJ-02 and BD-09. */
class PlanLocatorTest {
    private static final AreaCode DISTRICT = AreaCode.parse("321102");
    private static final AreaCode STREET = AreaCode.parse("321102001");
    private static final AreaCode COMMUNITY = AreaCode.parse("321102001001");
    private static final AreaCode WEST = AreaCode.parse("321102001001001");
    private static final AreaCode EAST = AreaCode.parse("321102001001002");

    private final PlanLocator locator = PlanLocator.of(
            BoundedPlan.of(
                    GridPlan.of(
                            1,
                            List.of(
                                    Area.of(DISTRICT, "京口区"),
                                    Area.of(STREET, "正东路街道"),
                                    Area.of(COMMUNITY, "贺家弄社区居委会"),
                                    Area.of(WEST, "西网格"),
                                    Area.of(EAST, "东网格")),
                            List.of()),
                    Map.of(
                            WEST,
                            Wkt.read(
                                    "POLYGON ((119.440 32.190, 119.450 32.190, 119.450 32.200, 119.440 32.200, 119.440 32.190))"),
                            EAST,
                            Wkt.read(
                                    "POLYGON ((119.450 32.190, 119.460 32.190, 119.460 32.200, 119.450 32.200, 119.450 32.190))"))));

    @Test
    void aPointGetsItsGridAndTheWholeChainUpToTheDistrict() {
        assertThat(locator.chain(119.4449, 32.195, CoordinateSystem.WGS84))
                .extracting(Area::code)
                .containsExactly(WEST, COMMUNITY, STREET, DISTRICT);
        assertThat(locator.chain(119.47, 32.195, CoordinateSystem.WGS84)).isEmpty();
    }

    @Test
    void aPointOnTheSharedBorderBelongsToExactlyOneGrid() {
        assertThat(locator.resolve(119.450, 32.195, "EPSG:4326")).contains(EAST);
    }

    @Test
    void gcj02AndBd09ReportsAreConvertedOnTheWayIn() {
        // 40 m west of the shared border: the ~500 m GCJ-02 offset would put it in the wrong grid.
        double lon = 119.4496;
        double lat = 32.195;
        LonLat gcj = CoordinateConverter.convert(CoordinateSystem.WGS84, CoordinateSystem.GCJ02, lon, lat);
        LonLat bd = CoordinateConverter.convert(CoordinateSystem.WGS84, CoordinateSystem.BD09, lon, lat);

        assertThat(locator.resolve(gcj.lon(), gcj.lat(), "GCJ-02")).contains(WEST);
        assertThat(locator.resolve(bd.lon(), bd.lat(), "BD-09")).contains(WEST);
        assertThat(locator.resolve(gcj.lon(), gcj.lat(), "EPSG:4490")).isNotEqualTo(Optional.of(WEST));
    }

    @Test
    void anUnknownCoordinateSystemIsBadInput() {
        assertThatThrownBy(() -> locator.resolve(119.45, 32.19, "EPSG:3857")).isInstanceOf(InvalidInputException.class);
    }
}
