package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.gridgov.geo.internal.Geodesy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Ellipsoidal areas against GeographicLib (Karney's geodesic polygons): within 0.1%. */
class GeodesyTest {
    private static final GeometryFactory F = new GeometryFactory();

    static double oracle(Geometry polygonal) {
        double total = 0;
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            total += Math.abs(ring(p.getExteriorRing().getCoordinates()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                total -= Math.abs(ring(p.getInteriorRingN(h).getCoordinates()));
            }
        }
        return total;
    }

    private static double ring(Coordinate[] ring) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i + 1 < ring.length; i++) {
            area.AddPoint(ring[i].y, ring[i].x);
        }
        return area.Compute().area;
    }

    static Polygon square(double lon, double lat, double sideDegrees) {
        return F.createPolygon(new Coordinate[] {
            new Coordinate(lon, lat),
            new Coordinate(lon + sideDegrees, lat),
            new Coordinate(lon + sideDegrees, lat + sideDegrees),
            new Coordinate(lon, lat + sideDegrees),
            new Coordinate(lon, lat)
        });
    }

    @ParameterizedTest(name = "square of {2} degrees at ({0}, {1})")
    @CsvSource({
        "119.4, 32.2, 0.003",
        "119.4, 32.2, 0.01",
        "0, 0, 0.01",
        "-70, -45, 0.005",
        "25, 66, 0.02",
        "119.4, 32.2, 1.0",
        "10, 50, 3.0",
        "179.5, 10, 1.0"
    })
    void squaresAgreeWithGeographicLibToATenthOfAPercent(double lon, double lat, double side) {
        Polygon square = square(lon, lat, side);

        assertThat(Measure.area(square, Units.LON_LAT)).isCloseTo(oracle(square), within(oracle(square) * 1e-3));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomStarPolygonsAgreeWithGeographicLib(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double lon = random.nextDouble(-180, 180);
        double lat = random.nextDouble(-75, 75);
        double radius = random.nextDouble(0.001, 0.5);
        int n = random.nextInt(5, 40);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = radius * random.nextDouble(0.3, 1.0);
            ring[i] = new Coordinate(lon + r * Math.cos(angle), lat + r * Math.sin(angle));
        }
        ring[n] = new Coordinate(ring[0]);
        Polygon star = F.createPolygon(ring);

        assertThat(Measure.area(star, Units.LON_LAT)).isCloseTo(oracle(star), within(oracle(star) * 1e-3));
    }

    @Test
    void everyCountryOfTheWorldFileAgreesWithGeographicLib() {
        Path file = Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson");
        int compared = 0;
        for (GeoJsonFeature country : GeoJsonReader.read(file).features()) {
            Geometry g = country.geometry();
            if (g.isEmpty()
                    || g.getEnvelopeInternal().getWidth() > 180
                    || g.getEnvelopeInternal().getMinY() < -80) {
                continue;
            }
            double expected = oracle(g);
            assertThat(Measure.area(g, Units.LON_LAT))
                    .as(country.id())
                    .isCloseTo(expected, within(Math.abs(expected) * 1e-3));
            compared++;
        }
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void lengthOfAKilometreAlongAMeridian() {
        double metresPerDegreeAt32 = 110_861;
        assertThat(Geodesy.distance(119.4, 32.0, 119.4, 32.0 + 1000 / metresPerDegreeAt32))
                .isCloseTo(1000, within(1.0));
    }
}
