package org.gridgov.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sorted copies iterate in natural order whatever their size, and cannot be changed. */
class SortedTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aCopyIteratesInNaturalOrderWithoutDuplicatesAndCannotBeChanged(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int size = 0; size < 8; size++) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add("party-" + random.nextInt(5));
            }
            Set<String> copy = Sorted.set(values);
            List<String> expected = values.stream().distinct().sorted().toList();
            assertThat(new ArrayList<>(copy)).as("%s", values).isEqualTo(expected);
            assertThatThrownBy(() -> copy.add("x")).isInstanceOf(UnsupportedOperationException.class);
            values.add("party-9"); // the copy does not follow its source
            assertThat(copy).hasSize(expected.size());
        }
    }

    @ParameterizedTest(name = "{0} elements")
    @ValueSource(ints = {1, 2})
    void aNullElementIsRefused(int size) {
        List<String> values = new ArrayList<>(Arrays.asList(new String[size]));
        assertThatThrownBy(() -> Sorted.set(values)).isInstanceOf(NullPointerException.class);
    }
}
