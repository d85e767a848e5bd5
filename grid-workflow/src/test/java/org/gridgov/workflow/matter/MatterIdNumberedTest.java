package org.gridgov.workflow.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MatterId#numbered} gives the ids the stores used to format with {@code String.format},
 * and ids equal to the parsed ones.
 */
class MatterIdNumberedTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 9, 2026})
    void isTheNumberZeroPaddedToSixDigits(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            long n = 1 + (random.nextBoolean() ? random.nextInt(1_000_000) : random.nextLong() & Long.MAX_VALUE >> 1);
            String expected = String.format("M%06d", n);
            assertThat(MatterId.numbered(n).toString()).isEqualTo(expected);
            assertThat(MatterId.numbered(n)).isEqualTo(MatterId.of(expected));
        }
        assertThat(MatterId.numbered(1).toString()).isEqualTo("M000001");
        assertThat(MatterId.numbered(999_999).toString()).isEqualTo("M999999");
        assertThat(MatterId.numbered(1_000_000).toString()).isEqualTo("M1000000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void refusesNumbersBelowOne(long n) {
        assertThatThrownBy(() -> MatterId.numbered(n))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Long.toString(n));
    }
}
