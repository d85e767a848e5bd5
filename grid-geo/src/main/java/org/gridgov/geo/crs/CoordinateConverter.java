package org.gridgov.geo.crs;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;

/**
 * Converts longitude/latitude points from one {@link CoordinateSystem} to another.
 *
 * <pre>{@code
 * LonLat wgs = CoordinateConverter.convert(CoordinateSystem.GCJ02, CoordinateSystem.WGS84, 116.404, 39.915);
 * CoordinateConverter fromBaidu = CoordinateConverter.of(CoordinateSystem.BD09, CoordinateSystem.WGS84);
 * fromBaidu.convertInPlace(lons, lats);
 * }</pre>
 *
 * <p>The formulas are the published ones (see {@code ChinaOffsets}): GCJ-02 shifts only points
 * inside the published mainland-China bounding box and leaves every other point unshifted; BD-09
 * is an offset of GCJ-02 applied everywhere. The inverses (GCJ-02 to WGS84, BD-09 to GCJ-02)
 * are solved iteratively, so a round trip returns the starting point to well below 0.01 m.
 * Converting between a system and itself returns the input unchanged.
 *
 * <p>Immutable and thread-safe. Does not check that coordinates are in range: NaN in gives
 * NaN out; longitudes are not wrapped.
 */
public final class CoordinateConverter {
    private final CoordinateSystem from;
    private final CoordinateSystem to;

    private CoordinateConverter(CoordinateSystem from, CoordinateSystem to) {
        this.from = from;
        this.to = to;
    }

    /** A converter from {@code from} to {@code to}. */
    public static CoordinateConverter of(CoordinateSystem from, CoordinateSystem to) {
        return new CoordinateConverter(requireNonNull(from, "from"), requireNonNull(to, "to"));
    }

    /** One point from {@code from} to {@code to}. */
    public static LonLat convert(CoordinateSystem from, CoordinateSystem to, double lon, double lat) {
        return of(from, to).convert(lon, lat);
    }

    /** The system points are converted from. */
    public CoordinateSystem from() {
        return from;
    }

    /** The system points are converted to. */
    public CoordinateSystem to() {
        return to;
    }

    /** Converts one point. */
    public LonLat convert(double lon, double lat) {
        double[] out = new double[2];
        convert(lon, lat, out);
        return new LonLat(out[0], out[1]);
    }

    /** Converts one point. */
    public LonLat convert(LonLat point) {
        return convert(point.lon(), point.lat());
    }

    /**
     * Converts one point into {@code out[0]} (longitude) and {@code out[1]} (latitude), without
     * allocating: for hot loops.
     */
    public void convert(double lon, double lat, double[] out) {
        if (from == to) {
            out[0] = lon;
            out[1] = lat;
            return;
        }
        if (from == CoordinateSystem.BD09) {
            ChinaOffsets.bd09ToGcj02(lon, lat, out);
            lon = out[0];
            lat = out[1];
            if (to == CoordinateSystem.GCJ02) {
                return;
            }
        } else if (from == CoordinateSystem.WGS84) {
            ChinaOffsets.wgs84ToGcj02(lon, lat, out);
            lon = out[0];
            lat = out[1];
            if (to == CoordinateSystem.GCJ02) {
                return;
            }
        }
        // lon, lat are now GCJ-02 and to is not GCJ-02.
        if (to == CoordinateSystem.BD09) {
            ChinaOffsets.gcj02ToBd09(lon, lat, out);
        } else {
            ChinaOffsets.gcj02ToWgs84(lon, lat, out);
        }
    }

    /**
     * Converts every point of two parallel arrays in place.
     *
     * @throws InvalidInputException if the arrays differ in length; then nothing is converted
     */
    public void convertInPlace(double[] lons, double[] lats) {
        convert(lons, lats, lons, lats);
    }

    /**
     * Converts {@code lons[i], lats[i]} into {@code outLons[i], outLats[i]} for every {@code i}.
     * The output arrays may be the input arrays.
     *
     * @throws InvalidInputException if the four arrays differ in length; then nothing is written
     */
    public void convert(double[] lons, double[] lats, double[] outLons, double[] outLats) {
        requireNonNull(lons, "lons");
        requireNonNull(lats, "lats");
        requireNonNull(outLons, "outLons");
        requireNonNull(outLats, "outLats");
        int n = lons.length;
        if (lats.length != n || outLons.length != n || outLats.length != n) {
            throw new InvalidInputException(
                    "lats",
                    "all four arrays must have the length of lons (" + n + ")",
                    lats.length + ", " + outLons.length + ", " + outLats.length);
        }
        double[] out = new double[2];
        for (int i = 0; i < n; i++) {
            convert(lons[i], lats[i], out);
            outLons[i] = out[0];
            outLats[i] = out[1];
        }
    }

    @Override
    public String toString() {
        return "CoordinateConverter[" + from + " -> " + to + "]";
    }
}
