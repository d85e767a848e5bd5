package org.gridgov.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.plan.TestPlans.DISTRICT;
import static org.gridgov.core.plan.TestPlans.HEJIANONG;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_1;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_2;
import static org.gridgov.core.plan.TestPlans.JIUHAIJIE;
import static org.gridgov.core.plan.TestPlans.JIUHAIJIE_1;
import static org.gridgov.core.plan.TestPlans.STREET;

import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.junit.jupiter.api.Test;

class GridPlanTest {
    private final GridPlan plan = TestPlans.small().plan();

    @Test
    void childrenAndAncestorsFollowTheHierarchy() {
        assertThat(plan.root().code()).isEqualTo(DISTRICT);
        assertThat(plan.children(STREET)).extracting(Area::code).containsExactly(HEJIANONG, JIUHAIJIE);
        assertThat(plan.children(HEJIANONG)).extracting(Area::code).containsExactly(HEJIANONG_1, HEJIANONG_2);
        assertThat(plan.ancestors(HEJIANONG_2)).extracting(Area::code).containsExactly(HEJIANONG, STREET, DISTRICT);
        assertThat(plan.ancestors(DISTRICT)).isEmpty();
    }

    @Test
    void aPlaceBelongsToItsGrid() {
        assertThat(plan.gridOf("S-0001").code()).isEqualTo(JIUHAIJIE_1);
        assertThat(plan.placesIn(HEJIANONG_1)).extracting(p -> p.id()).containsExactly("B-0001");
    }

    @Test
    void totalsRollUpFromGrids() {
        assertThat(plan.totals(HEJIANONG)).isEqualTo(new Totals(2, 500, 1750, 2, 84));
        assertThat(plan.totals(DISTRICT)).isEqualTo(new Totals(3, 780, 2730, 3, 84));
        assertThat(plan.totals(JIUHAIJIE_1)).isEqualTo(new Totals(1, 280, 980, 1, 0));
    }

    @Test
    void unknownIdsAreTypedErrors() {
        AreaCode nowhere = AreaCode.parse("321102001009");
        assertThatThrownBy(() -> plan.area(nowhere))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("321102001009");
        assertThatThrownBy(() -> plan.gridOf("B-9999"))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("B-9999");
    }
}
