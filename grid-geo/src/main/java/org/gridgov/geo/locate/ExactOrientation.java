package org.gridgov.geo.locate;

import java.math.BigDecimal;

/**
 * The exact sign of the orientation determinant of three points given as doubles.
 *
 * <p>A floating-point evaluation with Shewchuk's error bound decides almost every case; the
 * rest (points on or within rounding of the line) are decided in exact {@link BigDecimal}
 * arithmetic. Exactness is what makes the half-open rule consistent between neighbouring grids.
 */
final class ExactOrientation {
    private static final double EPS = 0x1p-53;
    private static final double ERROR_BOUND = (3.0 + 16.0 * EPS) * EPS;
    /** Below this the products may have lost bits to underflow: decide exactly. */
    private static final double MIN_TRUSTED_BOUND = 1e-280;

    private ExactOrientation() {}

    /**
     * {@code +1} if {@code p} is strictly left of the directed line {@code a -> b}, {@code -1}
     * if strictly right, {@code 0} if on it. Inputs must be finite.
     */
    static int sign(double ax, double ay, double bx, double by, double px, double py) {
        double left = (bx - ax) * (py - ay);
        double right = (by - ay) * (px - ax);
        double det = left - right;
        double bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
        if (bound >= MIN_TRUSTED_BOUND) {
            if (det > bound) {
                return 1;
            }
            if (-det > bound) {
                return -1;
            }
        }
        return exactSign(ax, ay, bx, by, px, py);
    }

    /**
     * The error bound for a determinant computed as {@code left - right} from products of
     * coordinate differences; a determinant whose magnitude exceeds it has the right sign. Never
     * below the underflow threshold, so a caller may compare with {@code <=} to find doubtful cases.
     */
    static double bound(double left, double right) {
        return Math.max(ERROR_BOUND * (Math.abs(left) + Math.abs(right)), MIN_TRUSTED_BOUND);
    }

    static int exactSign(double ax, double ay, double bx, double by, double px, double py) {
        BigDecimal a = new BigDecimal(ax);
        BigDecimal b = new BigDecimal(ay);
        BigDecimal left = new BigDecimal(bx).subtract(a).multiply(new BigDecimal(py).subtract(b));
        BigDecimal right = new BigDecimal(by).subtract(b).multiply(new BigDecimal(px).subtract(a));
        return left.compareTo(right);
    }
}
