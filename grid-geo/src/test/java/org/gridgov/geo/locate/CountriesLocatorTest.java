package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.crs.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;

/** Real longitude/latitude data: the 241 countries of Natural Earth, a dirty coverage. */
class CountriesLocatorTest {
    private static Map<String, Geometry> countries;
    private static GridLocator locator;

    @BeforeAll
    static void readCountries() throws IOException {
        countries = WorldCountries.read();
        locator = GridLocator.builder().grids(countries).units(Units.LON_LAT).build();
    }

    @ParameterizedTest(name = "{0} is in {3}")
    @CsvSource({
        "Beijing, 116.4074, 39.9042, 156",
        "Paris, 2.3522, 48.8566, 250",
        "Berlin, 13.4050, 52.5200, 276",
        "Washington, -77.0369, 38.9072, 840",
        "Brasilia, -47.8825, -15.7942, 076",
        "Canberra, 149.1300, -35.2809, 036",
        "Nairobi, 36.8219, -1.2921, 404",
        "Madrid, -3.7038, 40.4168, 724",
        "Zhenjiang, 119.4250, 32.1878, 156"
    })
    void capitalsLieInTheirCountries(String city, double lon, double lat, String code) {
        assertThat(locator.locate(lon, lat)).as(city).contains(code);
    }

    @Test
    void theOpenSeaIsInNoCountryAndItsNearestCountryIsMeasuredInMetres() {
        assertThat(locator.locate(-10.0, 39.0)).isEmpty();
        NearestGrid nearest = locator.nearest(-10.0, 39.0).orElseThrow();
        assertThat(nearest.grid()).isEqualTo("620");
        assertThat(nearest.distanceMetres()).isBetween(20_000.0, 150_000.0);
        assertThat(locator.nearest(2.3522, 48.8566)).contains(new NearestGrid("250", 0));
    }

    @Test
    void pointsFromChineseAppsAreConvertedOnTheWayIn() {
        GridLocator fromAmap = GridLocator.builder()
                .grids(countries)
                .units(Units.LON_LAT)
                .pointSystem(CoordinateSystem.GCJ02)
                .build();
        LonLat beijing = CoordinateConverter.convert(CoordinateSystem.WGS84, CoordinateSystem.GCJ02, 116.4074, 39.9042);
        assertThat(fromAmap.locate(beijing.lon(), beijing.lat())).contains("156");
        assertThat(fromAmap.pointSystem()).isEqualTo(CoordinateSystem.GCJ02);
    }

    @Test
    void everyAnswerOnTheDirtyWorldCoverageAgreesWithTheOracle() {
        HalfOpenOracle oracle = new HalfOpenOracle(new ArrayList<>(countries.values()));
        SplittableRandom random = new SplittableRandom(11);
        int n = 200_000;
        double[] lons = new double[n];
        double[] lats = new double[n];
        for (int k = 0; k < n; k++) {
            lons[k] = -180 + random.nextDouble() * 360;
            lats[k] = -90 + random.nextDouble() * 180;
        }
        int[] batch = new int[n];
        locator.locateAll(lons, lats, batch);
        int disagreements = 0;
        int onLand = 0;
        for (int k = 0; k < n; k++) {
            int expected = oracle.locate(lons[k], lats[k]);
            if (batch[k] != expected || locator.locateIndex(lons[k], lats[k]) != expected) {
                disagreements++;
            }
            onLand += expected >= 0 ? 1 : 0;
        }
        assertThat(disagreements).isZero();
        assertThat(onLand).isBetween(n / 5, n / 3);
    }
}
