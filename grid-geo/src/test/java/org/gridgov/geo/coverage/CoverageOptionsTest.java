package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageOptionsTest {

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void aToleranceThatIsNotAFiniteNonNegativeNumberOfMetresIsBadInputNamingIt(double metres) {
        assertThatThrownBy(() -> CoverageOptions.defaults().withMinGapWidthM(metres))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("minGapWidthM");
                    assertThat(e.rule()).isEqualTo("must be a finite number of metres >= 0");
                    assertThat(e.value()).isEqualTo(String.valueOf(metres));
                });
        assertThatThrownBy(() -> CoverageOptions.defaults().withSnapToleranceM(metres))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("snapToleranceM"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.01, 1, 1e6})
    void finiteNonNegativeTolerancesAreKept(double metres) {
        assertThat(CoverageOptions.defaults().withMinGapWidthM(metres).minGapWidthM())
                .isEqualTo(metres);
    }
}
