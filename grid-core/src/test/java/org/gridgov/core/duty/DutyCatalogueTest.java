package org.gridgov.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.junit.jupiter.api.Test;

class DutyCatalogueTest {

    @Test
    void theStandardListHasDongxingsEightDutiesInOrder() {
        // seed 001: 基础信息采集、安全隐患排查督改、不稳定因素发现、突发事件上报、特殊人群走访服务、矛盾纠纷排查化解、政策法律法规宣传、民生服务等8项职责清单
        assertThat(DutyCatalogue.standard().duties())
                .extracting(Duty::nameZh)
                .containsExactly("基础信息采集", "安全隐患排查督改", "不稳定因素发现", "突发事件上报", "特殊人群走访服务", "矛盾纠纷排查化解", "政策法律法规宣传", "民生服务");
    }

    @Test
    void aHostExtendsTheCatalogueWithoutChangingTheStandardOne() {
        Duty fire = Duty.of("FIRE_SAFETY_CHECK", "消防安全检查", "Fire-safety check");
        DutyCatalogue extended = DutyCatalogue.standard().with(fire);

        assertThat(extended.size()).isEqualTo(9);
        assertThat(extended.get("FIRE_SAFETY_CHECK")).isEqualTo(fire);
        assertThat(extended.isStandard("FIRE_SAFETY_CHECK")).isFalse();
        assertThat(DutyCatalogue.standard().size()).isEqualTo(8);
    }

    @Test
    void codesAreUniqueAndLookupsOfUnknownCodesFail() {
        assertThatThrownBy(() -> DutyCatalogue.standard().with(Duty.of("LIVELIHOOD_SERVICES", "民生", "Livelihood")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'LIVELIHOOD_SERVICES'");
        assertThatThrownBy(() -> DutyCatalogue.standard().get("LAW_ENFORCEMENT"))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("LAW_ENFORCEMENT");
        assertThatThrownBy(() -> Duty.of("lower", "小写", "lower"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("code");
    }
}
