package org.gridgov.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.plan.TestPlans.HEJIANONG;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_1;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_2;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.plan.ReviseBoundaries.Redrawn;
import org.junit.jupiter.api.Test;

/** Redrawn boundaries are a revision on record: who, why, which areas, ground gained and lost. */
class ReviseBoundariesTest {
    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");
    private final PlanHistory history = PlanHistory.start(TestPlans.small().plan(), Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void redrawnBordersMakeTheNextRevisionWithTheAreasOnRecord() {
        ReviseBoundaries edit =
                new ReviseBoundaries(List.of(new Redrawn(HEJIANONG_1, 120.5, 0), new Redrawn(HEJIANONG_2, 0, 120.5)));

        PlanHistory next = history.apply(edit, "staff-042", "overlap on Hejia Lane repaired");

        assertThat(next.current().revision()).isEqualTo(2);
        assertThat(next.current().areas()).isEqualTo(history.current().areas());
        assertThat(next.current().places()).isEqualTo(history.current().places());
        assertThat(next.changes()).singleElement().satisfies(c -> {
            assertThat(c.edit()).isEqualTo(edit);
            assertThat(c.actor()).isEqualTo("staff-042");
            assertThat(c.reason()).isEqualTo("overlap on Hejia Lane repaired");
            assertThat(c.at()).isEqualTo(NOON);
        });
        assertThat(edit.codes()).containsExactly(HEJIANONG_1, HEJIANONG_2);
        assertThat(edit.describe()).isEqualTo("revise boundaries of [321102001001001, 321102001001002]");
    }

    @Test
    void aCommunityBoundaryCanBeRedrawnToo() {
        GridPlan plan = new ReviseBoundaries(List.of(new Redrawn(HEJIANONG, 0, 0))).applyTo(history.current());
        assertThat(plan.revision()).isEqualTo(2);
    }

    @Test
    void anEditThatDoesNotFitIsRejectedNamingTheField() {
        assertRejected(new ReviseBoundaries(List.of()), "edit.areas");
        assertRejected(new ReviseBoundaries(List.of(new Redrawn(HEJIANONG.child(9), 1, 0))), "edit.areas[0].code");
        assertRejected(
                new ReviseBoundaries(List.of(new Redrawn(HEJIANONG_1, 1, 0), new Redrawn(HEJIANONG_1, 0, 1))),
                "edit.areas[1].code");
        assertRejected(new ReviseBoundaries(List.of(new Redrawn(HEJIANONG_1, -1, 0))), "edit.areas[0].gainedM2");
        assertRejected(new ReviseBoundaries(List.of(new Redrawn(HEJIANONG_1, 0, Double.NaN))), "edit.areas[0].lostM2");
    }

    @Test
    void aRetiredGridKeepsItsLastBoundary() {
        PlanHistory retired = history.apply(new RetireGrid(HEJIANONG_2, java.util.Optional.of(HEJIANONG_1)), "a", "b");
        assertThatThrownBy(() -> retired.apply(
                        new ReviseBoundaries(List.of(new Redrawn(HEJIANONG_2, 0, 0))), "staff-042", "late fix"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("edit.areas[0].code"));
        assertThat(retired.current().revision()).isEqualTo(2);
    }

    private void assertRejected(ReviseBoundaries edit, String path) {
        assertThatThrownBy(() -> history.apply(edit, "staff-042", "redrawn"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo(path));
        assertThat(history.current().revision()).isEqualTo(1);
        assertThat(history.changes()).isEmpty();
    }
}
