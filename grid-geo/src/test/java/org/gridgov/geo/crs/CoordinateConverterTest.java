package org.gridgov.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.gridgov.geo.crs.CoordinateSystem.BD09;
import static org.gridgov.geo.crs.CoordinateSystem.GCJ02;
import static org.gridgov.geo.crs.CoordinateSystem.WGS84;

import java.util.SplittableRandom;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference pairs published by other open-source implementations of the same formulas; each
 * case names its source. Forward formulas must agree to 1e-9 degrees (0.1 mm). Published
 * inverses are mostly one-step approximations, which ours (solved iteratively) must be close to
 * within that approximation's known error, and exact round trips must agree below 0.01 m.
 */
class CoordinateConverterTest {
    private static final double FORWARD_DEG = 1e-9;
    private static final double CENTIMETRE_DEG = 0.01 / 111_000.0;

    /** wandergis/coordtransform, test/app.js ("result" block): input 116.404, 39.915. */
    @Test
    void forwardFormulasMatchCoordtransform() {
        assertPoint(
                CoordinateConverter.convert(WGS84, GCJ02, 116.404, 39.915),
                116.41024449916938,
                39.91640428150164,
                FORWARD_DEG);
        assertPoint(
                CoordinateConverter.convert(GCJ02, BD09, 116.404, 39.915),
                116.41036949371029,
                39.92133699351021,
                FORWARD_DEG);
    }

    /**
     * wandergis/coordtransform, test/app.js: its inverses are the one-step approximations
     * ({@code 2 * gcj - forward(gcj)}, and the closed-form BD-09 inverse), about a metre and a few
     * centimetres off the exact inverse respectively.
     */
    @Test
    void inversesAgreeWithCoordtransformWithinItsApproximation() {
        assertPoint(
                CoordinateConverter.convert(GCJ02, WGS84, 116.404, 39.915),
                116.39775550083061,
                39.91359571849836,
                2.0 / 111_000);
        assertPoint(
                CoordinateConverter.convert(BD09, GCJ02, 116.404, 39.915),
                116.39762729119315,
                39.90865673957631,
                0.05 / 111_000);
    }

    /** googollee/eviltransform test suite (TESTS table: wgsLat, wgsLng, gcjLat, gcjLng). */
    @ParameterizedTest
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215", // Shanghai
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363", // Shenzhen
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657" // Beijing
    })
    void forwardMatchesEviltransform(double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        assertPoint(CoordinateConverter.convert(WGS84, GCJ02, wgsLon, wgsLat), gcjLon, gcjLat, FORWARD_DEG);
        assertPoint(CoordinateConverter.convert(GCJ02, WGS84, gcjLon, gcjLat), wgsLon, wgsLat, CENTIMETRE_DEG);
    }

    /** hujiulong/gcoord, test/unit/crs/GCJ02.spec.js (toBeCloseTo 5 decimals), including "not in China". */
    @Test
    void matchesGcoord() {
        assertPoint(CoordinateConverter.convert(GCJ02, WGS84, 123, 45), 122.99395597, 44.99804071, 5e-6);
        assertPoint(CoordinateConverter.convert(GCJ02, BD09, 123, 45), 123.00636499, 45.00636899, 5e-6);
        assertPoint(CoordinateConverter.convert(GCJ02, WGS84, 183, 45), 183, 45, 0);
    }

    @ParameterizedTest
    @CsvSource({"2.3522, 48.8566", "-74.006, 40.7128", "151.2093, -33.8688", "72.0, 30.0", "100.0, 56.0"})
    void pointsOutsideMainlandChinaAreNotShiftedByGcj02(double lon, double lat) {
        assertPoint(CoordinateConverter.convert(WGS84, GCJ02, lon, lat), lon, lat, 0);
        assertPoint(CoordinateConverter.convert(GCJ02, WGS84, lon, lat), lon, lat, 0);
    }

    @Test
    void baiduOffsetIsAppliedEverywhereAsPublished() {
        LonLat paris = CoordinateConverter.convert(WGS84, BD09, 2.3522, 48.8566);
        assertThat(paris.lon() - 2.3522).isBetween(0.005, 0.008);
        assertPoint(CoordinateConverter.convert(BD09, WGS84, paris.lon(), paris.lat()), 2.3522, 48.8566, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void roundTripsThroughEverySystemReturnWithinOneCentimetre(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CoordinateSystem[] systems = CoordinateSystem.values();
        double worstMetres = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon = 73.5 + random.nextDouble() * 61;
            double lat = 18 + random.nextDouble() * 35;
            CoordinateSystem a = systems[random.nextInt(3)];
            CoordinateSystem b = systems[random.nextInt(3)];
            LonLat there = CoordinateConverter.convert(a, b, lon, lat);
            LonLat back = CoordinateConverter.convert(b, a, there.lon(), there.lat());
            double metres = 111_320 * Math.hypot((back.lon() - lon) * Math.cos(Math.toRadians(lat)), back.lat() - lat);
            worstMetres = Math.max(worstMetres, metres);
        }
        assertThat(worstMetres).isLessThan(0.01);
    }

    @Test
    void gcj02ShiftsBeijingByHundredsOfMetres() {
        LonLat gcj = CoordinateConverter.convert(WGS84, GCJ02, 116.3975, 39.9087);
        double metres =
                111_320 * Math.hypot((gcj.lon() - 116.3975) * Math.cos(Math.toRadians(39.9087)), gcj.lat() - 39.9087);
        assertThat(metres).isBetween(300.0, 800.0);
    }

    @Test
    void batchConvertsEveryPointLikeSinglePoints() {
        double[] lons = {116.404, 121.5272106, 2.3522};
        double[] lats = {39.915, 31.1774276, 48.8566};
        CoordinateConverter converter = CoordinateConverter.of(BD09, WGS84);
        double[] outLons = new double[3];
        double[] outLats = new double[3];
        converter.convert(lons, lats, outLons, outLats);
        for (int i = 0; i < 3; i++) {
            assertPoint(converter.convert(lons[i], lats[i]), outLons[i], outLats[i], 0);
        }
        converter.convertInPlace(lons, lats);
        assertThat(lons).containsExactly(outLons);
        assertThat(lats).containsExactly(outLats);
    }

    @Test
    void batchOfMismatchedLengthsIsRejectedAndWritesNothing() {
        double[] lons = {116.404, 116.5};
        double[] lats = {39.915};
        assertThatThrownBy(() -> CoordinateConverter.of(WGS84, GCJ02).convertInPlace(lons, lats))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lats");
        assertThat(lons).containsExactly(116.404, 116.5);
    }

    @Test
    void parsesTheNamesTheCommandLineUses() {
        assertThat(CoordinateSystem.parse("wgs84")).isEqualTo(WGS84);
        assertThat(CoordinateSystem.parse("CGCS2000")).isEqualTo(WGS84);
        assertThat(CoordinateSystem.parse("GCJ-02")).isEqualTo(GCJ02);
        assertThat(CoordinateSystem.parse("bd09")).isEqualTo(BD09);
        assertThatThrownBy(() -> CoordinateSystem.parse("epsg:3857"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("crs")
                .hasMessageContaining("epsg:3857");
    }

    private static void assertPoint(LonLat actual, double lon, double lat, double tolerance) {
        assertThat(actual.lon()).as("lon").isCloseTo(lon, within(tolerance));
        assertThat(actual.lat()).as("lat").isCloseTo(lat, within(tolerance));
    }
}
