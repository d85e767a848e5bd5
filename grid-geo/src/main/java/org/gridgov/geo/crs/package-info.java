/**
 * Coordinate systems in which points arrive: WGS84 (and CGCS2000, treated as the same), and the
 * obfuscated Chinese systems GCJ-02 (Amap, Tencent, WeChat) and BD-09 (Baidu).
 *
 * <p>A district that ignores them places every report from a mobile app about 500 m off.
 * Entry points: {@link org.gridgov.geo.crs.CoordinateSystem} names a system (and parses the
 * names a command line uses); {@link org.gridgov.geo.crs.CoordinateConverter} converts single
 * points and parallel arrays between any two, with the published formulas forwards and
 * iteratively solved inverses backwards. Points outside mainland China are left unshifted by
 * GCJ-02, as the published algorithms do.
 */
package org.gridgov.geo.crs;
