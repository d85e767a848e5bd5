package org.gridgov.workflow.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.LongStream;
import org.gridgov.core.area.AreaCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 费按户分 as a property: for seeded random amounts and household counts (Jingkou-sized grids of
 * 0-400 households, seed 000's 200-300 and seed 003's 400), the shares sum to the amount exactly and
 * each lies within one fen of its exact share.
 */
class HouseholdSharesTest {
    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sharesSumToTheAmountAndStayWithinAFenOfTheExactShare(long seed) {
        Random r = new Random(seed);
        long fen = r.nextInt(10) == 0 ? r.nextInt(10) : r.nextInt(100_000_000);
        int grids = 1 + r.nextInt(12);
        AreaCode community = AreaCode.parse("321102001001");
        Map<AreaCode, Long> households = new LinkedHashMap<>();
        for (int i = 1; i <= grids; i++) {
            households.put(community.child(i), (long) (r.nextInt(8) == 0 ? 0 : r.nextInt(401)));
        }
        SortedMap<AreaCode, Long> shares = HouseholdShares.split(fen, households);

        assertThat(shares.keySet()).containsExactlyInAnyOrderElementsOf(households.keySet());
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(fen);
        long total = households.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<AreaCode, Long> e : shares.entrySet()) {
            double exact = total == 0 ? (double) fen / grids : (double) fen * households.get(e.getKey()) / total;
            assertThat((double) e.getValue()).isBetween(exact - 1, exact + 1);
        }
    }
}
