package org.gridgov.geo.coverage;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether one boundary is a valid polygon, and if not JTS's reason. A fast path accepts a
 * single-shell polygon whose ring {@link RingBuffer#isCertainlySimple() is certainly
 * simple} (hence valid); everything else goes to JTS {@link IsValidOp}, whose verdict and
 * message are the reference. Stateless.
 */
final class CellValidity {
    private CellValidity() {}

    /** Why a boundary is invalid, and where ({@code at} may be null). */
    record Invalid(String reason, Coordinate at) {}

    /**
     * Null when valid, else the reason and where; {@code shell} holds the exterior ring of
     * {@code g} already loaded when {@code g} is a polygon, else null.
     */
    static Invalid check(Geometry g, RingBuffer shell) {
        if (!(g instanceof Polygonal)) {
            return new Invalid(
                    "not a Polygon or MultiPolygon: " + g.getGeometryType(), g.isEmpty() ? null : g.getCoordinate());
        }
        if (g.isEmpty()) {
            return new Invalid("empty geometry", null);
        }
        if (shell != null && g instanceof Polygon p && p.getNumInteriorRing() == 0 && shell.isCertainlySimple()) {
            return null;
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        return error == null ? null : new Invalid(error.getMessage(), error.getCoordinate());
    }
}
