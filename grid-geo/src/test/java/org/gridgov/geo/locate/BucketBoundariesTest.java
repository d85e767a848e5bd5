package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A point's bucket is plain arithmetic, {@code (int) ((x - minX) * invW)}: the boundaries are the
 * exact doubles where that arithmetic steps, so every point of the extent lies within its bucket's
 * boundaries, also a point one ulp either side of a boundary, on extents of any size and place.
 */
class BucketBoundariesTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyPointLiesWithinTheBoundariesOfItsBucket(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int extent = 0; extent < 200; extent++) {
            double min = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-3, 12));
            double width = Math.pow(10, random.nextDouble(-6, 8));
            double max = min + width;
            int n = 1 + random.nextInt(2_000);
            if (!(max > min)) {
                continue;
            }
            double[] b = BucketIndex.boundaries(min, max, n);
            BucketIndex index = new BucketIndex(n, 1, min, 0, max, 1, b, new double[] {0, 1}, new int[n], null);
            assertThat(b[0]).isEqualTo(min);
            assertThat(b[n]).isEqualTo(max);
            for (int k = 0; k < n; k++) {
                assertThat(b[k]).isLessThanOrEqualTo(b[k + 1]);
            }
            for (int p = 0; p < 200; p++) {
                double x = p % 2 == 0 ? min + random.nextDouble() * width : nearBoundary(b, random);
                if (!(x >= min && x < max)) {
                    continue;
                }
                int i = index.column(x);
                assertThat(b[i] <= x && x < b[i + 1])
                        .as("x %s in column %d of [%s, %s) with %d columns", x, i, min, max, n)
                        .isTrue();
            }
        }
    }

    private static double nearBoundary(double[] b, SplittableRandom random) {
        double x = b[random.nextInt(b.length)];
        return switch (random.nextInt(3)) {
            case 0 -> Math.nextDown(x);
            case 1 -> x;
            default -> Math.nextUp(x);
        };
    }
}
