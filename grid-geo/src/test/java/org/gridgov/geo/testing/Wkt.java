package org.gridgov.geo.testing;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** WKT in tests: {@code Wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 0))")}. */
public final class Wkt {
    private Wkt() {}

    /** The geometry of a WKT text; a typo in a test fails loudly. */
    public static Geometry read(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKT in a test: " + text, e);
        }
    }
}
