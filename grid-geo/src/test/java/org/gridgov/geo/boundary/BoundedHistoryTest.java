package org.gridgov.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.ReviseBoundaries;
import org.gridgov.core.plan.ReviseBoundaries.Redrawn;
import org.gridgov.geo.testing.Wkt;
import org.junit.jupiter.api.Test;

/** Every geometry edit of a bounded plan is a revision on record. Coordinates in metres. */
class BoundedHistoryTest {
    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");
    private static final AreaCode COMMUNITY = AreaCode.parse("321102001001");
    private static final AreaCode WEST = COMMUNITY.child(1);
    private static final AreaCode EAST = COMMUNITY.child(2);

    private final BoundedHistory history = BoundedHistory.start(
            BoundedPlan.of(
                    GridPlan.of(
                            1, List.of(Area.of(COMMUNITY, "社区"), Area.of(WEST, "西"), Area.of(EAST, "东")), List.of()),
                    Map.of(
                            WEST, Wkt.read("POLYGON ((0 0, 300 0, 300 300, 0 300, 0 0))"),
                            EAST, Wkt.read("POLYGON ((300 0, 600 0, 600 300, 300 300, 300 0))"))),
            Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void aMergeIsRecordedWithItsBoundaryAndEveryRevisionStaysReadable() {
        BoundedHistory next = history.apply(
                new MergeGrids(List.of(WEST, EAST), Area.of(WEST, "合并")), Map.of(), "staff-042", "two small grids");

        assertThat(next.current().boundary(WEST).orElseThrow().getArea()).isEqualTo(180_000.0);
        assertThat(next.revision(1)).isSameAs(history.current());
        assertThat(next.revision(2)).isSameAs(next.current());
        assertThat(next.plans().revision(2)).isSameAs(next.current().plan());
        assertThat(next.changes()).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("staff-042");
            assertThat(c.at()).isEqualTo(NOON);
        });
        assertThatThrownBy(() -> next.revision(3)).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void revisedBoundariesDrawExactlyTheAreasTheEditNames() {
        ReviseBoundaries east = new ReviseBoundaries(List.of(new Redrawn(EAST, 15_000, 0)));
        Map<AreaCode, org.locationtech.jts.geom.Geometry> wider =
                Map.of(EAST, Wkt.read("POLYGON ((300 0, 650 0, 650 300, 300 300, 300 0))"));

        assertThatThrownBy(() -> history.apply(east, Map.of(), "staff-042", "surveyed"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("boundaries." + EAST));
        assertThatThrownBy(() -> history.apply(
                        east,
                        Map.of(EAST, wider.get(EAST), WEST, Wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 0))")),
                        "staff-042",
                        "surveyed"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("boundaries." + WEST));
        assertThat(history.changes()).isEmpty();

        BoundedHistory next = history.apply(east, wider, "staff-042", "surveyed");
        assertThat(next.current().boundary(EAST).orElseThrow().getArea()).isEqualTo(105_000.0);
        assertThat(next.changes().get(0).edit()).isEqualTo(east);
    }
}
