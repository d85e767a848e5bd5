package org.gridgov.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.plan.TestPlans.HEJIANONG;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_1;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_2;
import static org.gridgov.core.plan.TestPlans.JIUHAIJIE_1;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaStatus;
import org.junit.jupiter.api.Test;

class PlanEditTest {
    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");
    private final PlanHistory history = PlanHistory.start(TestPlans.small().plan(), Clock.fixed(NOON, ZoneOffset.UTC));

    private static Area grid(String code, int households, int population) {
        return Area.builder()
                .code(AreaCode.parse(code))
                .name("网格" + code.substring(12))
                .households(households)
                .population(population)
                .build();
    }

    @Test
    void splittingAGridRetiresItAndMovesEachPlaceToAPart() {
        SplitGrid split = new SplitGrid(
                HEJIANONG_1,
                List.of(grid("321102001001003", 130, 450), grid("321102001001004", 130, 450)),
                Map.of("B-0001", AreaCode.parse("321102001001004")));

        PlanHistory next = history.apply(split, "staff-042", "new estate doubled the grid");

        GridPlan plan = next.current();
        assertThat(plan.revision()).isEqualTo(2);
        assertThat(plan.area(HEJIANONG_1).status()).isEqualTo(AreaStatus.RETIRED);
        assertThat(plan.children(HEJIANONG))
                .extracting(a -> a.code().toString())
                .containsExactly("321102001001002", "321102001001003", "321102001001004");
        assertThat(plan.gridOf("B-0001").code()).hasToString("321102001001004");
        assertThat(plan.totals(HEJIANONG).households()).isEqualTo(500);
        assertThat(next.changes()).singleElement().satisfies(c -> {
            assertThat(c.revision()).isEqualTo(2);
            assertThat(c.actor()).isEqualTo("staff-042");
            assertThat(c.at()).isEqualTo(NOON);
        });
        assertThat(next.revision(1).area(HEJIANONG_1).isActive()).isTrue();
    }

    @Test
    void aSplitThatLeavesAPlaceBehindIsRejectedAndChangesNothing() {
        SplitGrid split = new SplitGrid(
                HEJIANONG_1, List.of(grid("321102001001003", 130, 450), grid("321102001001004", 130, 450)), Map.of());

        assertThatThrownBy(() -> history.apply(split, "staff-042", "split"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("edit.places");
                    assertThat(e.value()).isEqualTo("'B-0001'");
                });
        assertThat(history.current().revision()).isEqualTo(1);
        assertThat(history.current().area(HEJIANONG_1).isActive()).isTrue();
    }

    @Test
    void mergingKeepsOneCodeAndRetiresTheOthers() {
        Area merged = grid("321102001001001", 500, 1750);
        GridPlan plan = new MergeGrids(List.of(HEJIANONG_1, HEJIANONG_2), merged).applyTo(history.current());

        assertThat(plan.children(HEJIANONG)).extracting(Area::code).containsExactly(HEJIANONG_1);
        assertThat(plan.area(HEJIANONG_2).isActive()).isFalse();
        assertThat(plan.placesIn(HEJIANONG_1)).extracting(p -> p.id()).containsExactlyInAnyOrder("B-0001", "B-0002");
    }

    @Test
    void gridsOfDifferentCommunitiesCannotMerge() {
        MergeGrids merge = new MergeGrids(List.of(HEJIANONG_1, JIUHAIJIE_1), grid("321102001001009", 500, 1800));
        assertThatThrownBy(() -> merge.applyTo(history.current()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("edit.grids[1]"));
    }

    @Test
    void recodingMovesAGridToAnotherCommunityAndKeepsTheOldCodeRetired() {
        AreaCode to = AreaCode.parse("321102001003002");
        GridPlan plan = new RecodeGrid(HEJIANONG_2, to).applyTo(history.current());

        assertThat(plan.parent(to).orElseThrow().code()).isEqualTo(TestPlans.JIUHAIJIE);
        assertThat(plan.gridOf("B-0002").code()).isEqualTo(to);
        assertThat(plan.area(HEJIANONG_2).isActive()).isFalse();
    }

    @Test
    void retiringAGridWithPlacesNeedsSomewhereForThem() {
        assertThatThrownBy(() -> new RetireGrid(HEJIANONG_2, Optional.empty()).applyTo(history.current()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("edit.placesTo"));

        GridPlan plan = new RetireGrid(HEJIANONG_2, Optional.of(HEJIANONG_1)).applyTo(history.current());
        assertThat(plan.gridOf("B-0002").code()).isEqualTo(HEJIANONG_1);
        assertThat(plan.totals(HEJIANONG).grids()).isEqualTo(1);
    }

    @Test
    void placesMoveOnlyToActiveGrids() {
        GridPlan retired = new RetireGrid(HEJIANONG_2, Optional.of(HEJIANONG_1)).applyTo(history.current());
        assertThatThrownBy(() -> new MovePlaces(List.of("B-0001"), HEJIANONG_2).applyTo(retired))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("edit.to")
                .hasMessageContaining("retired");
        assertThatThrownBy(() -> new MovePlaces(List.of("B-0404"), HEJIANONG_1).applyTo(retired))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("edit.places[0]");
    }

    @Test
    void aNewGridNeedsAnExistingCommunity() {
        assertThatThrownBy(() -> new AddGrid(grid("321102001005001", 250, 900)).applyTo(history.current()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("plan invariant")
                .hasMessageContaining("one root");
        GridPlan plan = new AddGrid(grid("321102001003005", 250, 900)).applyTo(history.current());
        assertThat(plan.grids()).hasSize(4);
    }

    @Test
    void revisingFiguresKeepsTheStatus() {
        GridPlan plan = new ReviseArea(grid("321102001001001", 310, 1040)).applyTo(history.current());
        assertThat(plan.area(HEJIANONG_1).households()).isEqualTo(310);
        Area retiredCopy = Area.builder()
                .from(grid("321102001001001", 1, 1))
                .status(AreaStatus.RETIRED)
                .build();
        assertThatThrownBy(() -> new ReviseArea(retiredCopy).applyTo(history.current()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("edit.area.status");
    }

    @Test
    void aChangeWithoutAReasonIsRejected() {
        assertThatThrownBy(() -> history.apply(new MovePlaces(List.of("B-0001"), HEJIANONG_2), "staff-042", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
    }
}
