package org.gridgov.geo.crs;

/**
 * The published GCJ-02 and BD-09 formulas, point by point, writing into a two-element array.
 *
 * <p>GCJ-02: the widely published forward offset on the Krasovsky 1940 ellipsoid, applied
 * only inside the published mainland-China bounding box (longitude 72.004..137.8347, latitude
 * 0.8293..55.8271); outside it points are left unshifted. BD-09: the published {@code x_pi}
 * formulas, applied everywhere as Baidu does. Inverses are solved by fixed-point iteration on
 * the forward formulas until the forward image is within {@link #TOLERANCE_DEG} of the target
 * (about 0.1 mm), so round trips agree to far below 0.01 m.
 */
final class ChinaOffsets {
    /** Krasovsky 1940 semi-major axis, metres. */
    static final double A = 6378245.0;
    /** Krasovsky 1940 first eccentricity squared. */
    static final double EE = 0.00669342162296594323;

    static final double X_PI = Math.PI * 3000.0 / 180.0;
    static final double TOLERANCE_DEG = 1e-9;
    private static final int MAX_ITERATIONS = 50;

    private ChinaOffsets() {}

    static boolean outOfChina(double lon, double lat) {
        return !(lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271);
    }

    static void wgs84ToGcj02(double lon, double lat, double[] out) {
        if (outOfChina(lon, lat)) {
            out[0] = lon;
            out[1] = lat;
            return;
        }
        double dLat = shiftLat(lon - 105.0, lat - 35.0);
        double dLon = shiftLon(lon - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        out[0] = lon + dLon;
        out[1] = lat + dLat;
    }

    /** Solves {@code wgs84ToGcj02(w) = (lon, lat)} for {@code w} by fixed-point iteration. */
    static void gcj02ToWgs84(double lon, double lat, double[] out) {
        if (outOfChina(lon, lat)) {
            out[0] = lon;
            out[1] = lat;
            return;
        }
        invert(ChinaOffsets::wgs84ToGcj02, lon, lat, lon, lat, out);
    }

    static void gcj02ToBd09(double lon, double lat, double[] out) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        out[0] = z * Math.cos(theta) + 0.0065;
        out[1] = z * Math.sin(theta) + 0.006;
    }

    /** The published closed-form BD-09 to GCJ-02 formula: an approximate inverse. */
    static void bd09ToGcj02Published(double lon, double lat, double[] out) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        out[0] = z * Math.cos(theta);
        out[1] = z * Math.sin(theta);
    }

    /** The published formula, refined by fixed-point iteration to an exact inverse of {@link #gcj02ToBd09}. */
    static void bd09ToGcj02(double lon, double lat, double[] out) {
        bd09ToGcj02Published(lon, lat, out);
        invert(ChinaOffsets::gcj02ToBd09, lon, lat, out[0], out[1], out);
    }

    /** One of the forward formulas: writes the image of {@code (lon, lat)} into {@code out}. */
    @FunctionalInterface
    private interface Formula {
        void apply(double lon, double lat, double[] out);
    }

    /**
     * Solves {@code forward(p) = (lon, lat)} for {@code p} by fixed-point iteration from {@code
     * (startLon, startLat)}, until the forward image is within {@link #TOLERANCE_DEG} or after
     * {@value #MAX_ITERATIONS} steps; writes {@code p} into {@code out}.
     */
    private static void invert(
            Formula forward, double lon, double lat, double startLon, double startLat, double[] out) {
        double pLon = startLon;
        double pLat = startLat;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            forward.apply(pLon, pLat, out);
            double eLon = out[0] - lon;
            double eLat = out[1] - lat;
            pLon -= eLon;
            pLat -= eLat;
            if (Math.abs(eLon) < TOLERANCE_DEG && Math.abs(eLat) < TOLERANCE_DEG) {
                break;
            }
        }
        out[0] = pLon;
        out[1] = pLat;
    }

    private static double shiftLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double shiftLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
