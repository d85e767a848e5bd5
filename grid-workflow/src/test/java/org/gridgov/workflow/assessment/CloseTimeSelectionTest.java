package org.gridgov.workflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 90th percentile of working time to close is found by selection, not by sorting all of a
 * category's matters: over seeded random samples (ties, one value, runs longer than the insertion
 * cut-off) the selected value equals the sorted array's value at the nearest rank, and the input
 * is left as it was.
 */
class CloseTimeSelectionTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void selectionAgreesWithSortingAtEveryRank(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(seed % 2 == 0 ? 20 : 2_000);
        int spread = 1 + random.nextInt(seed % 3 == 0 ? 5 : 1_000_000); // few distinct values: many ties
        long[] values = new long[n + random.nextInt(8)]; // the tally's array may be longer than n
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(spread);
        }
        long[] before = values.clone();
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);

        int rank = Math.max((int) Math.ceil(0.9 * n) - 1, 0);
        CloseTime t = CloseTime.of(values, n);

        assertThat(t.p90Hours()).isEqualTo(Math.round(sorted[rank] / 36.0) / 100.0);
        assertThat(t.matters()).isEqualTo(n);
        assertThat(values).isEqualTo(before);
        for (int k = 0; k < n; k += Math.max(1, n / 7)) {
            assertThat(CloseTime.select(Arrays.copyOf(values, n), k)).isEqualTo(sorted[k]);
        }
    }
}
