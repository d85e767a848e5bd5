package org.gridgov.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaKind;
import org.gridgov.core.plan.GridPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizingCheckTest {

    private static GridPlan oneGrid(AreaKind kind, int households, int population) {
        return GridPlan.of(
                1,
                List.of(
                        Area.of(AreaCode.parse("321102001001"), "贺家弄社区居委会"),
                        Area.builder()
                                .code(AreaCode.parse("321102001001001"))
                                .name("网格")
                                .kind(kind)
                                .households(households)
                                .population(population)
                                .build()),
                List.of());
    }

    /** Jingkou (seed 000): one grid per 200-300 households, about 800-1000 people. */
    @ParameterizedTest(name = "urban grid of {0} households and {1} people: {2}")
    @CsvSource({
        "200, 800, ''",
        "300, 1000, ''",
        "199, 900, sizing.households",
        "301, 900, sizing.households",
        "250, 799, sizing.population",
        "412, 1430, 'sizing.households sizing.population'"
    })
    void urbanGridsAreSizedBySeedZeroBands(int households, int population, String rules) {
        List<SizingFinding> findings = SizingCheck.defaults().check(oneGrid(AreaKind.URBAN, households, population));
        assertThat(findings)
                .extracting(SizingFinding::rule)
                .containsExactly(rules.isEmpty() ? new String[0] : rules.split(" "));
    }

    @Test
    void aFindingCarriesTheGridTheMeasureTheBandAndTheValue() {
        SizingFinding finding =
                SizingCheck.defaults().check(oneGrid(AreaKind.URBAN, 412, 900)).get(0);
        assertThat(finding.grid()).hasToString("321102001001001");
        assertThat(finding.measure()).isEqualTo(Measure.HOUSEHOLDS);
        assertThat(finding.band()).isEqualTo(new SizingBand(200, 300));
        assertThat(finding.value()).isEqualTo(412);
        assertThat(finding.message())
                .isEqualTo("grid 321102001001001 has 412 households, above the urban band 200-300");
    }

    @Test
    void ruralGridsUseTheirOwnBandAndBandsAreConfigurable() {
        GridPlan village = oneGrid(AreaKind.RURAL, 380, 1200);
        assertThat(SizingCheck.defaults().check(village)).isEmpty();

        SizingRules strict =
                SizingRules.defaults().withBand(AreaKind.RURAL, Measure.HOUSEHOLDS, SizingBand.parse("150-350"));
        assertThat(SizingCheck.of(strict).check(village))
                .extracting(SizingFinding::rule)
                .containsExactly("sizing.households");
    }

    @Test
    void anInvertedBandIsMisuse() {
        assertThatThrownBy(() -> SizingBand.parse("300-200"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("300-200");
    }
}
