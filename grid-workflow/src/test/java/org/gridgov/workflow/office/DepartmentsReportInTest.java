package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.whistle.Department;
import org.gridgov.workflow.whistle.DepartmentDirectory;
import org.gridgov.workflow.whistle.Summons;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (Weihai Huancui, {@code 002_f55d0951238295d8.txt}): "公安等26个区直部门组成'非常驻'专班,建立'网格吹哨
 * 部门报到'全响应机制" - the grid blows the whistle and the departments report in. A joint whistle on a
 * sewage overflow summons the two departments that own sanitation; each must report in within its own
 * limit; the one that does not is recorded as a no-show and the matter goes up to the district.
 */
class DepartmentsReportInTest {
    private static final DepartmentDirectory DEPARTMENTS = new DepartmentDirectory(
            DepartmentDirectory.FORMAT,
            3,
            List.of(
                    new Department(
                            "district:urban-management",
                            "区城市管理局",
                            List.of(),
                            List.of("SANITATION"),
                            List.of("district:urban-management-duty"),
                            "1wd",
                            "district:office"),
                    new Department(
                            "district:housing",
                            "区住房和城乡建设局",
                            List.of(),
                            List.of("SANITATION"),
                            List.of(),
                            "4wh",
                            "district:office"),
                    new Department(
                            "district:public-security",
                            "公安分局",
                            List.of(),
                            List.of("DISPUTE"),
                            List.of(),
                            "2h",
                            "district:office")));

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00"); // a Monday
    private final InMemoryOfficeStore store = new InMemoryOfficeStore();

    private GridOffice office() {
        return office(store);
    }

    private GridOffice office(OfficeStore on) {
        return District.office(clock).store(on).departments(DEPARTMENTS).build();
    }

    /** A sewage overflow serious enough for the street: a joint whistle (seed 002's 三哨 routing). */
    private Matter jointWhistle(GridOffice office) {
        MatterReport serious = MatterReport.builder()
                .from(District.sewage(GRID_1))
                .severity(Severity.HIGH)
                .build();
        Matter m = office.report(serious, "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        assertThat(m.routing().orElseThrow().whistle()).isEqualTo(Whistle.JOINT);
        return m;
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void aDepartmentThatDoesNotReportInWithinItsLimitIsANoShowAndTheMatterGoesUpToTheDistrict() {
        GridOffice office = office();
        Matter m = jointWhistle(office);

        List<Summons> summoned = office.summon(m.id(), "disp-1");
        assertThat(summoned)
                .extracting(Summons::department, Summons::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("district:urban-management", at("2026-03-03T09:00+08:00")),
                        org.assertj.core.groups.Tuple.tuple("district:housing", at("2026-03-02T13:00+08:00")));

        clock.advance(Duration.ofHours(1));
        office.checkIn(m.id(), "district:urban-management", "um-officer-7");
        assertThat(office.tick().stepsFired()).isZero(); // 10:00: housing still has three hours

        clock.advance(Duration.ofHours(3)); // 13:00: housing's 4 working hours are up
        Tick tick = office.tick();

        assertThat(tick.stepsFired()).isEqualTo(2);
        assertThat(office.summonses(m.id()))
                .extracting(Summons::department, Summons::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("district:urban-management", Summons.Status.CHECKED_IN),
                        org.assertj.core.groups.Tuple.tuple("district:housing", Summons.Status.NO_SHOW));
        List<Transition> last = tail(office, 2);
        assertThat(last).extracting(Transition::action).containsExactly(Action.NO_SHOW, Action.ESCALATE);
        assertThat(last.get(0).actor()).isEqualTo("system:whistle");
        assertThat(last.get(0).step().role()).isEqualTo("district:office");
        assertThat(last.get(0).step().dueAt()).isEqualTo(at("2026-03-02T13:00+08:00"));
        assertThat(last.get(0).reason()).contains("district:housing");
        Matter after = office.matter(m.id());
        assertThat(after.routing().orElseThrow().level()).isEqualTo(HandlingLevel.DISTRICT);
        assertThat(after.routing().orElseThrow().whistle()).isEqualTo(Whistle.TOUGH);

        clock.advance(Duration.ofDays(2));
        assertThat(office.tick().stepsFired()).as("a no-show is recorded once").isZero();
    }

    @Test
    void checkInAndRefusalWithItsReasonAreRecordedOnTheMatterAndNeitherIsANoShow() {
        GridOffice office = office();
        Matter m = jointWhistle(office);
        office.summon(m.id(), "disp-1");

        office.checkIn(m.id(), "district:housing", "hb-officer-2");
        office.declineSummons(m.id(), "district:urban-management", "um-officer-7", "化粪池属物业维修范围,不属城管职责");

        List<Transition> last = tail(office, 2);
        assertThat(last).extracting(Transition::action).containsExactly(Action.CHECK_IN, Action.DECLINE_SUMMONS);
        assertThat(last).extracting(Transition::actor).containsExactly("hb-officer-2", "um-officer-7");
        assertThat(last.get(1).reason()).isEqualTo("化粪池属物业维修范围,不属城管职责");
        assertThat(last.get(1).step().role()).isEqualTo("district:urban-management");

        clock.advance(Duration.ofDays(3));
        assertThat(office.tick().stepsFired()).isZero();
        assertThat(office.matter(m.id()).routing().orElseThrow().level()).isEqualTo(HandlingLevel.STREET);
    }

    @Test
    void aRefusalNeedsAReasonAndADepartmentNotSummonedCannotAnswer() {
        GridOffice office = office();
        Matter m = jointWhistle(office);
        office.summon(m.id(), "disp-1");
        long version = office.matter(m.id()).version();

        assertThatThrownBy(() -> office.declineSummons(m.id(), "district:housing", "hb-officer-2", " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> office.checkIn(m.id(), "district:public-security", "ps-1"))
                .isInstanceOf(IllegalTransitionException.class);
        office.checkIn(m.id(), "district:housing", "hb-officer-2");
        assertThatThrownBy(() -> office.checkIn(m.id(), "district:housing", "hb-officer-2"))
                .as("reports in once per summons")
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(office.matter(m.id()).version()).isEqualTo(version + 1);
    }

    @Test
    void theSummonsReachesEachDepartmentsContactsThroughTheOutbox() {
        List<OfficeEvent> heard = new java.util.ArrayList<>();
        GridOffice office = District.office(clock)
                .store(store)
                .departments(DEPARTMENTS)
                .listener(heard::add)
                .build();
        Matter m = jointWhistle(office);
        office.summon(m.id(), "disp-1");
        office.tick();

        assertThat(heard)
                .filteredOn(e -> e.kind() == OfficeEvent.Kind.NOTIFICATION)
                .extracting(e -> e.transition().action(), OfficeEvent::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.SUMMON, "district:urban-management-duty"),
                        org.assertj.core.groups.Tuple.tuple(Action.SUMMON, "district:housing"));
        assertThat(heard)
                .filteredOn(e -> e.kind() == OfficeEvent.Kind.NOTIFICATION)
                .allSatisfy(e -> assertThat(e.recipients()).isNotEmpty());
    }

    @Test
    void aRoutineWhistleIsAnsweredInTheGridAndSummonsNobody() {
        GridOffice office = office();
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        Matter registered = office.handle(Command.on(m, Action.REGISTER, "disp-1"));

        assertThatThrownBy(() -> office.summon(registered.id(), "disp-1"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("joint or tough");
        assertThat(office.matter(registered.id())).isEqualTo(registered);
    }

    @Test
    void anOfficeStartedOnTheSameStoreStillHoldsTheDepartmentsToTheirDeadlines() {
        GridOffice first = office();
        Matter m = jointWhistle(first);
        first.summon(m.id(), "disp-1");
        first.close();

        GridOffice second = office();
        clock.advance(Duration.ofDays(1));
        assertThat(second.tick().stepsFired()).isEqualTo(3); // two no-shows; the first escalation reaches the district
        assertThat(second.summonses(m.id())).extracting(Summons::status).containsOnly(Summons.Status.NO_SHOW);
        assertThat(second.matter(m.id()).routing().orElseThrow().level()).isEqualTo(HandlingLevel.DISTRICT);
    }

    @Test
    void anOfficeStartedOnTheSameDatabaseStillHoldsTheDepartmentsToTheirDeadlines() {
        DataSource db = Databases.fresh();
        GridOffice first = office(new JdbcOfficeStore(db));
        Matter m = jointWhistle(first);
        first.summon(m.id(), "disp-1");
        first.report(District.sewage(GRID_1), "gw-1"); // open, never summoned
        first.close();

        GridOffice second = office(new JdbcOfficeStore(db));
        clock.advance(Duration.ofDays(1));
        second.tick();
        assertThat(second.summonses(m.id())).extracting(Summons::status).containsOnly(Summons.Status.NO_SHOW);
        assertThat(second.matter(m.id()).routing().orElseThrow().level()).isEqualTo(HandlingLevel.DISTRICT);
    }

    private static List<Transition> tail(GridOffice office, int n) {
        List<Transition> ts = office.history(
                        office.openMatters(MatterQuery.open()).get(0).id())
                .transitions();
        return ts.subList(ts.size() - n, ts.size());
    }
}
