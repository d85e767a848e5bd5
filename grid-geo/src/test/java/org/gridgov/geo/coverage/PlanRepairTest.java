package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanChange;
import org.gridgov.core.plan.ReviseBoundaries;
import org.gridgov.core.plan.ReviseBoundaries.Redrawn;
import org.gridgov.geo.boundary.BoundedHistory;
import org.gridgov.geo.boundary.BoundedPlan;
import org.gridgov.geo.testing.Wkt;
import org.junit.jupiter.api.Test;

/**
 * A community of three grids in metres whose west grid reaches 1 m into the middle one: the
 * repair is the next plan revision, on record with who, why and which grids changed.
 */
class PlanRepairTest {
    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");
    private static final AreaCode COMMUNITY = AreaCode.parse("321102001001");
    private static final AreaCode WEST = COMMUNITY.child(1);
    private static final AreaCode MIDDLE = COMMUNITY.child(2);
    private static final AreaCode EAST = COMMUNITY.child(3);

    private static final GridPlan PLAN = GridPlan.of(
            1,
            List.of(Area.of(COMMUNITY, "贺家弄社区居委会"), Area.of(WEST, "西"), Area.of(MIDDLE, "中"), Area.of(EAST, "东")),
            List.of());

    private final BoundedHistory history = BoundedHistory.start(
            BoundedPlan.of(
                    PLAN,
                    Map.of(
                            COMMUNITY, Wkt.read("POLYGON ((0 0, 300 0, 300 100, 0 100, 0 0))"),
                            WEST, Wkt.read("POLYGON ((0 0, 101 0, 101 100, 0 100, 0 0))"),
                            MIDDLE, Wkt.read("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"),
                            EAST, Wkt.read("POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))"))),
            Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void aRepairedOverlapIsTheNextRevisionNamingExactlyTheGridThatGaveGround() {
        PlanRepair repair = PlanRepair.of(history.current(), COMMUNITY, RepairOptions.defaults());

        BoundedHistory next = repair.applyTo(history, "staff-042", "overlap with the middle grid");

        assertThat(next.current().plan().revision()).isEqualTo(2);
        assertThat(next.plans().current()).isSameAs(next.current().plan());
        assertThat(next.changes()).singleElement().satisfies(change -> {
            assertThat(change.revision()).isEqualTo(2);
            assertThat(change.actor()).isEqualTo("staff-042");
            assertThat(change.reason()).isEqualTo("overlap with the middle grid");
            assertThat(change.at()).isEqualTo(NOON);
            assertThat(change.edit())
                    .isEqualTo(new ReviseBoundaries(List.of(new Redrawn(MIDDLE, 0, 100))))
                    .isEqualTo(repair.edit().orElseThrow());
        });
        assertThat(next.current().boundary(MIDDLE).orElseThrow().getArea()).isEqualTo(9_900.0);
        assertThat(next.current().boundary(WEST)).isEqualTo(history.current().boundary(WEST));
        assertThat(next.current().boundary(EAST)).isEqualTo(history.current().boundary(EAST));
        assertThat(PlanCoverage.check(next.current(), CoverageOptions.defaults())
                        .findings())
                .isEmpty();
        assertThat(next.revision(1)).isSameAs(history.current());
        assertThat(history.current().boundary(MIDDLE).orElseThrow().getArea())
                .as("the revision repaired is as it was")
                .isEqualTo(10_000.0);
    }

    @Test
    void aFilledGapIsRecordedAsGroundGained() {
        BoundedHistory withGap = history.apply(
                new ReviseBoundaries(List.of(new Redrawn(WEST, 0, 300))),
                Map.of(WEST, Wkt.read("POLYGON ((0 0, 98 0, 98 100, 0 100, 0 0))")),
                "staff-007",
                "digitised from the 2019 paper map");

        BoundedHistory next = PlanRepair.of(withGap.current(), COMMUNITY, RepairOptions.defaults())
                .applyTo(withGap, "staff-042", "gap along the canal");

        assertThat(next.changes()).hasSize(2);
        PlanChange repaired = next.changes().get(1);
        assertThat(repaired.revision()).isEqualTo(3);
        assertThat(((ReviseBoundaries) repaired.edit()).areas()).singleElement().satisfies(r -> {
            assertThat(r.gainedM2()).isEqualTo(200.0);
            assertThat(r.lostM2()).isZero();
        });
        assertThat(PlanCoverage.check(next.current(), CoverageOptions.defaults())
                        .findings())
                .isEmpty();
    }

    @Test
    void aCleanCommunityMakesNoRevision() {
        BoundedHistory clean = PlanRepair.of(history.current(), COMMUNITY, RepairOptions.defaults())
                .applyTo(history, "staff-042", "overlap with the middle grid");
        PlanRepair again = PlanRepair.of(clean.current(), COMMUNITY, RepairOptions.defaults());

        assertThat(again.edit()).isEmpty();
        assertThat(again.redrawn()).isEmpty();
        assertThat(again.applyTo(clean, "staff-042", "checked again")).isSameAs(clean);
    }

    @Test
    void aRepairOfAnotherRevisionIsRejectedAndChangesNothing() {
        PlanRepair repair = PlanRepair.of(history.current(), COMMUNITY, RepairOptions.defaults());
        BoundedHistory movedOn = history.apply(
                new ReviseBoundaries(List.of(new Redrawn(EAST, 500, 0))),
                Map.of(EAST, Wkt.read("POLYGON ((200 0, 305 0, 305 100, 200 100, 200 0))")),
                "staff-007",
                "surveyed border");

        assertThatThrownBy(() -> repair.applyTo(movedOn, "staff-042", "overlap"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("revision");
                    assertThat(e.rule()).contains("the revision it was made from (1)");
                });
        assertThat(movedOn.current().plan().revision()).isEqualTo(2);
        assertThat(movedOn.changes()).hasSize(1);
    }

    @Test
    void aRepairOfOtherBoundariesWithTheSameRevisionNumberIsRejected() {
        BoundedHistory other = BoundedHistory.start(
                BoundedPlan.of(PLAN, Map.of(MIDDLE, Wkt.read("POLYGON ((100 0, 200 0, 200 90, 100 90, 100 0))"))),
                Clock.fixed(NOON, ZoneOffset.UTC));
        PlanRepair repair = PlanRepair.of(history.current(), COMMUNITY, RepairOptions.defaults());

        assertThatThrownBy(() -> repair.applyTo(other, "staff-042", "overlap"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("boundaries." + WEST));
        assertThat(other.changes()).isEmpty();
    }

    @Test
    void aRepairWithoutAReasonIsRejected() {
        PlanRepair repair = PlanRepair.of(history.current(), COMMUNITY, RepairOptions.defaults());

        assertThatThrownBy(() -> repair.applyTo(history, "staff-042", " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("reason"));
        assertThat(history.changes()).isEmpty();
        assertThat(history.current().plan().revision()).isEqualTo(1);
    }
}
