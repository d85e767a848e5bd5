package org.gridgov.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaCodeTest {

    @ParameterizedTest(name = "{0} is a {1} under {2}")
    @CsvSource({
        "321100, CITY, ''",
        "321102, DISTRICT, 321100",
        "321102001, STREET, 321102",
        "321102001001, COMMUNITY, 321102001",
        "321102001001007, GRID, 321102001001",
        "321102001001007012, MICRO_GRID, 321102001001007"
    })
    void levelAndParentFollowFromTheDigits(String code, AreaLevel level, String parent) {
        AreaCode parsed = AreaCode.parse(code);
        assertThat(parsed.level()).isEqualTo(level);
        assertThat(parsed.parent() == null ? "" : parsed.parent().toString()).isEqualTo(parent);
        assertThat(parsed.toString()).isEqualTo(code);
    }

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource({
        "32110, 'has 6, 9, 12, 15, 18, 21 or 24 digits'",
        "3211020011, 'has 6, 9, 12, 15, 18, 21 or 24 digits'",
        "32110200a, 'only the digits 0-9'",
        "321102000, 'cannot be all zeros'",
        "321102001001000, 'cannot be all zeros'",
        "991102, 'province number'"
    })
    void malformedCodesNameTheRuleAndTheValue(String code, String rule) {
        assertThatThrownBy(() -> AreaCode.parse(code))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(rule)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void aCommunityContainsItsGridsAndNotItsNeighboursGrids() {
        AreaCode community = AreaCode.parse("321102001001");
        assertThat(community.contains(AreaCode.parse("321102001001003"))).isTrue();
        assertThat(community.contains(AreaCode.parse("321102001003001"))).isFalse();
        assertThat(AreaCode.parse("321100").contains(AreaCode.parse("321102001")))
                .isTrue();
    }

    @Test
    void childCodesAppendAThreeDigitSerial() {
        assertThat(AreaCode.parse("321102001001").child(7)).hasToString("321102001001007");
        assertThatThrownBy(() -> AreaCode.parse("321102001001").child(1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("serial");
    }
}
