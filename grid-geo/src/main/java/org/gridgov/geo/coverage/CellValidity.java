package org.gridgov.geo.coverage;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether one boundary is a valid polygon, and if not JTS's reason. A fast path accepts a
 * single-shell polygon of at most 64 vertices whose segments neither repeat nor touch
 * except at consecutive joints (a simple ring, hence valid); everything else goes to JTS
 * {@link IsValidOp}, whose verdict and message are the reference. Stateless.
 */
final class CellValidity {
  private static final int FAST_MAX = 64;

  private CellValidity() {}

  /** Why a boundary is invalid, and where ({@code at} may be null). */
  record Invalid(String reason, Coordinate at) {}

  /** Null when valid, else the reason and where. */
  static Invalid check(Geometry g) {
    if (!(g instanceof Polygonal)) {
      return new Invalid("not a Polygon or MultiPolygon: " + g.getGeometryType(), g.isEmpty() ? null : g.getCoordinate());
    }
    if (g.isEmpty()) {
      return new Invalid("empty geometry", null);
    }
    if (g instanceof Polygon p && p.getNumInteriorRing() == 0 && isSimpleSmallRing(p.getExteriorRing().getCoordinateSequence())) {
      return null;
    }
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    return error == null ? null : new Invalid(error.getMessage(), error.getCoordinate());
  }

  private static boolean isSimpleSmallRing(CoordinateSequence s) {
    int n = s.size();
    if (n < 4 || n > FAST_MAX + 1) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(s.getX(i)) || !Double.isFinite(s.getY(i))) {
        return false;
      }
    }
    if (s.getX(0) != s.getX(n - 1) || s.getY(0) != s.getY(n - 1)) {
      return false;
    }
    int m = n - 1;
    for (int i = 0; i < m; i++) {
      if (s.getX(i) == s.getX(i + 1) && s.getY(i) == s.getY(i + 1)) {
        return false;
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        boolean adjacent = j == i + 1 || (i == 0 && j == m - 1);
        if (adjacent) {
          int shared = j == i + 1 ? i + 1 : 0;
          int pi = shared == i + 1 ? i : 1;
          int pj = shared == i + 1 ? j + 1 : m - 1;
          if (orient(s, pi, shared, pj) == 0) {
            return false;
          }
        } else if (intersects(s, i, i + 1, j, j + 1)) {
          return false;
        }
      }
    }
    return RingSegments.signedArea(s) != 0;
  }

  private static boolean intersects(CoordinateSequence s, int a, int b, int c, int d) {
    double minAx = Math.min(s.getX(a), s.getX(b));
    double maxAx = Math.max(s.getX(a), s.getX(b));
    double minCx = Math.min(s.getX(c), s.getX(d));
    double maxCx = Math.max(s.getX(c), s.getX(d));
    if (maxAx < minCx || maxCx < minAx) {
      return false;
    }
    double minAy = Math.min(s.getY(a), s.getY(b));
    double maxAy = Math.max(s.getY(a), s.getY(b));
    double minCy = Math.min(s.getY(c), s.getY(d));
    double maxCy = Math.max(s.getY(c), s.getY(d));
    if (maxAy < minCy || maxCy < minAy) {
      return false;
    }
    int o1 = orient(s, a, b, c);
    int o2 = orient(s, a, b, d);
    int o3 = orient(s, c, d, a);
    int o4 = orient(s, c, d, b);
    // any touching or collinear contact counts as an intersection: the fast path then defers to JTS
    return o1 * o2 <= 0 && o3 * o4 <= 0;
  }

  private static int orient(CoordinateSequence s, int p, int q, int r) {
    return org.locationtech.jts.algorithm.Orientation.index(s.getCoordinate(p), s.getCoordinate(q), s.getCoordinate(r));
  }
}
