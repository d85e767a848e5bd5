package org.gridgov.geo.crs;

import java.util.Locale;
import org.gridgov.core.InvalidInputException;

/**
 * A geographic coordinate system a point may arrive in, as longitude and latitude in degrees.
 *
 * <p>Mobile apps in mainland China do not report WGS84: Amap, Tencent Maps and WeChat report
 * {@link #GCJ02}, Baidu reports {@link #BD09}. Both are obfuscated WGS84, a few hundred metres
 * off; {@link CoordinateConverter} converts between all three.
 */
public enum CoordinateSystem {
    /**
     * WGS84, as GPS reports it. Also stands for CGCS2000, the Chinese national datum, which
     * agrees with WGS84 to a few centimetres: no conversion is made between the two.
     */
    WGS84,
    /** GCJ-02 ("Mars coordinates"), the obfuscated system of Amap, Tencent Maps and WeChat. */
    GCJ02,
    /** BD-09, Baidu's further offset of GCJ-02 (longitude and latitude, not Baidu Mercator). */
    BD09;

    /**
     * Reads a name as a command line or file gives it: {@code wgs84}, {@code cgcs2000},
     * {@code gcj02}, {@code bd09}, in any case, with or without a hyphen.
     *
     * @throws InvalidInputException for any other name
     */
    public static CoordinateSystem parse(String name) {
        if (name == null) {
            throw new InvalidInputException("crs", "must be one of wgs84, cgcs2000, gcj02, bd09", null);
        }
        switch (name.trim().toLowerCase(Locale.ROOT).replace("-", "")) {
            case "wgs84":
            case "cgcs2000":
                return WGS84;
            case "gcj02":
                return GCJ02;
            case "bd09":
                return BD09;
            default:
                throw new InvalidInputException("crs", "must be one of wgs84, cgcs2000, gcj02, bd09", name);
        }
    }
}
