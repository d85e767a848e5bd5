package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Nearest grids for points outside a projected city, checked against JTS distances to every cell. */
class NearestGridTest {
    @Test
    void nearestGridAndDistanceMatchJtsForPointsOutsideTheCity() {
        SyntheticCity city = SyntheticCity.generate(2_000, 3);
        List<Polygon> cells = city.cells();
        Map<String, Polygon> grids = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            grids.put(SyntheticCity.id(i), cells.get(i));
        }
        GridLocator locator = GridLocator.of(grids);
        double side = city.extent().getEnvelopeInternal().getMaxX();
        GeometryFactory factory = new GeometryFactory();
        SplittableRandom random = new SplittableRandom(8);
        for (int n = 0; n < 300; n++) {
            double x = -3_000 + random.nextDouble() * (side + 6_000);
            double y = random.nextBoolean() ? -random.nextDouble() * 3_000 : side + random.nextDouble() * 3_000;
            Point p = factory.createPoint(new Coordinate(x, y));
            double best = cells.stream().mapToDouble(c -> c.distance(p)).min().orElseThrow();
            NearestGrid nearest = locator.nearest(x, y).orElseThrow();
            assertThat(nearest.distanceMetres()).isCloseTo(best, within(1e-6));
            assertThat(grids.get(nearest.grid()).distance(p)).isCloseTo(best, within(1e-6));
        }
    }

    @Test
    void lonLatDistancesAreMetresOnTheWgs84EllipsoidAsCoverageMeasures() {
        GridLocator locator = GridLocator.builder()
                .grids(GridLocatorTest.grids(
                        "Jingkou", "POLYGON ((119.45 32.15, 119.55 32.15, 119.55 32.25, 119.45 32.25, 119.45 32.15))"))
                .units(Units.LON_LAT)
                .build();
        NearestGrid nearest = locator.nearest(119.50, 32.14).orElseThrow();
        assertThat(nearest.grid()).isEqualTo("Jingkou");
        double geodesic = Geodesic.WGS84.Inverse(32.14, 119.50, 32.15, 119.50).s12; // GeographicLib, the oracle
        assertThat(nearest.distanceMetres()).isCloseTo(geodesic, within(0.01));
    }
}
