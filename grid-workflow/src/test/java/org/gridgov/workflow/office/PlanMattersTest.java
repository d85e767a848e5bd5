package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.PlanHistory;
import org.gridgov.core.plan.RetireGrid;
import org.gridgov.core.plan.SplitGrid;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "the plan matters": a location must be an area of the current plan revision, leads and
 * co-handlers are checked against the roster, and a revised plan re-homes open matters through its
 * change records, each move in the matter's history.
 */
class PlanMattersTest {
    private static final AreaCode BEIJING_GRID = AreaCode.parse("110101001001001");

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final GridOffice office = District.office(clock).build();

    @Test
    void aLocationCodeFromAnotherCityIsRefusedNamingTheFieldAndNothingIsStored() {
        assertThatThrownBy(() -> office.report(District.sewage(BEIJING_GRID), "gw-1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("location.area")
                .hasMessageContaining("110101001001001");
        assertThat(office.openMatters(MatterQuery.open())).isEmpty();
        assertThat(office.health().outbox().pending()).isZero();
    }

    @Test
    void aCoordinateThatResolvesOutsideThePlanIsRefused() {
        GridOffice located = District.office(clock)
                .resolver((lon, lat, crs) -> Optional.of(BEIJING_GRID))
                .build();
        MatterReport report = MatterReport.builder()
                .from(District.sewage(GRID_1))
                .location(Location.at(116.39, 39.91, "GCJ-02"))
                .build();
        assertThatThrownBy(() -> located.report(report, "gw-1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("location");
    }

    @Test
    void aLeadNotOnTheRosterIsRefusedAndTheMatterStaysAsItWas() {
        Matter m = registered(office);
        assertThatThrownBy(() ->
                        office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-99"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("assignment.lead")
                .hasMessageContaining("gw-99");
        assertThat(office.matter(m.id())).isEqualTo(m);
        assertThat(office.history(m.id()).version()).isEqualTo(2);
    }

    @Test
    void underTheFindingSwitchAnUnknownCoHandlerIsAcceptedWithAFinding() {
        GridOffice lenient = District.office(clock)
                .rosterCheck(RosterCheck.ACCEPT_WITH_FINDING)
                .build();
        Matter m = registered(lenient);
        Handled h = lenient.handleChecked(Command.on(m, Action.DISPATCH, "disp-1")
                .assigning(Assignment.to("gw-1", "gw-77", "street:urban-management")));
        assertThat(h.matter().state()).isEqualTo(State.DISPATCHED);
        assertThat(h.findings()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("assignment.coHandlers");
            assertThat(f.party()).isEqualTo("gw-77");
            assertThat(f.version()).isEqualTo(3);
        });
    }

    @Test
    void mergingGridsReHomesTheOpenMattersOfTheRetiredGridInTheirHistory() {
        MatterId inGrid2 = office.report(District.sewage(GRID_2), "gw-2").id();
        MatterId inGrid3 =
                office.report(District.sewage(District.GRID_3), "gw-3").id();
        PlanHistory history = PlanHistory.start(office.plan(), clock)
                .apply(
                        new MergeGrids(List.of(GRID_2, District.GRID_3), Area.of(GRID_2, "贺家弄第2网格")),
                        "planner-1",
                        "two small grids become one");

        List<MatterId> moved = office.revisePlan(history, District.roster(), GridResolver.NONE, "planner-1");

        assertThat(moved).containsExactly(inGrid3);
        assertThat(office.matter(inGrid3).area()).isEqualTo(GRID_2);
        Transition move = office.history(inGrid3).transitions().get(1);
        assertThat(move.action()).isEqualTo(Action.REHOME);
        assertThat(move.area()).isEqualTo(GRID_2);
        assertThat(move.reason()).contains("revision 2").contains("merge grids");
        assertThat(office.history(inGrid3).replay()).isEqualTo(office.matter(inGrid3));
        assertThat(office.history(inGrid2).version()).isEqualTo(1);
        assertThat(office.plan().revision()).isEqualTo(2);
        assertThatThrownBy(() -> office.report(District.sewage(District.GRID_3), "gw-3"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("plan revision 2");
    }

    @Test
    void retiringAGridWithoutPlacesReHomesItsMattersToTheCommunity() {
        MatterId m = office.report(District.sewage(GRID_1), "gw-1").id();
        PlanHistory history = PlanHistory.start(office.plan(), clock)
                .apply(new RetireGrid(GRID_1, Optional.empty()), "planner-1", "the compound was demolished");

        office.revisePlan(history, District.roster(), GridResolver.NONE, "planner-1");

        assertThat(office.matter(m).area()).isEqualTo(HEJIANONG_COMMUNITY);
        assertThat(office.history(m).transitions())
                .extracting(Transition::action)
                .containsExactly(Action.REPORT, Action.REHOME);
    }

    @Test
    void splittingAGridReHomesACoordinateReportToThePartTheNewResolverFinds() {
        AreaCode east = HEJIANONG_COMMUNITY.child(11);
        AreaCode west = HEJIANONG_COMMUNITY.child(12);
        GridOffice located = District.office(clock)
                .resolver((lon, lat, crs) -> Optional.of(GRID_1))
                .build();
        MatterReport atCoordinate = MatterReport.builder()
                .from(District.sewage(GRID_1))
                .location(Location.at(119.45, 32.2, "GCJ-02"))
                .build();
        MatterId byCoordinate = located.report(atCoordinate, "gw-1").id();
        MatterId byCode = located.report(District.sewage(GRID_1), "gw-1").id();
        PlanHistory history = PlanHistory.start(located.plan(), clock)
                .apply(
                        new SplitGrid(GRID_1, List.of(Area.of(east, "贺家弄第11网格"), Area.of(west, "贺家弄第12网格")), Map.of()),
                        "planner-1",
                        "the grid grew past 300 households");

        located.revisePlan(history, District.roster(), (lon, lat, crs) -> Optional.of(west), "planner-1");

        assertThat(located.matter(byCoordinate).area()).isEqualTo(west);
        assertThat(located.matter(byCode).area()).isEqualTo(HEJIANONG_COMMUNITY);
        assertThat(located.history(byCoordinate).transitions().get(1).reason()).contains("split grid");
    }

    @Test
    void aPlanRevisionMustComeAfterTheCurrentOne() {
        PlanHistory same = PlanHistory.start(office.plan(), clock);
        assertThatThrownBy(() -> office.revisePlan(same, District.roster(), GridResolver.NONE, "planner-1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("plan.revision");
    }

    private static Matter registered(GridOffice o) {
        Matter m = o.report(District.sewage(GRID_1), "gw-1");
        return o.handle(Command.on(m, Action.REGISTER, "disp-1"));
    }
}
