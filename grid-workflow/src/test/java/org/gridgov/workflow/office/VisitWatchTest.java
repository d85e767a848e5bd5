package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.VisitCompliance;
import org.gridgov.workflow.visit.VisitFrequency;
import org.gridgov.workflow.visit.VisitPolicy;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitRule;
import org.gridgov.workflow.visit.VisitSubject;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Jingkou, 六必访) on the office's timers: the grid head visits every lone elderly
 * resident of the grid every month; a visit not done by the month's end is acted on at the first
 * tick after it, once, as the rule's {@code onMiss} says, even if ticked again or after a restart on
 * the same store.
 */
class VisitWatchTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private final ManualClock clock = ManualClock.at("2026-10-09T09:30:00+08:00");
    private final InMemoryOfficeStore store = new InMemoryOfficeStore();
    private final List<OfficeEvent> delivered = new ArrayList<>();

    private static VisitSubject elderly(String ref) {
        return new VisitSubject(ref, "lone-elderly", GRID_1, Map.of("grid-head", "head-1"));
    }

    private GridOffice office(VisitPolicy policy, VisitSource source) {
        return District.office(clock)
                .store(store)
                .visits(policy, source, OCTOBER)
                .listener(delivered::add)
                .build();
    }

    @Test
    void aGridHeadWhoMissesOneLoneElderlyVisitInAMonthShowsItInComplianceAndIsWarnedOnce() {
        List<VisitSubject> subjects = List.of(elderly("R-001"), elderly("R-002"), elderly("R-003"));
        List<VisitRecord> visits = new ArrayList<>();
        visits.add(VisitRecord.now(clock, "head-1", "R-001", VisitRecord.Outcome.MET, null));
        clock.set(at("2026-10-20T15:00+08:00"));
        visits.add(VisitRecord.now(clock, "head-1", "R-002", VisitRecord.Outcome.MET, "3 幢 2 单元"));
        visits.add(VisitRecord.now(clock, "head-1", "R-003", VisitRecord.Outcome.NOT_MET, null));
        VisitSource source = VisitSource.of(subjects, visits);
        GridOffice office = office(VisitPolicy.seeds(), source);

        clock.set(at("2026-10-31T23:59+08:00"));
        office.tick();
        assertThat(office.visitWarnings()).as("the month has not ended").isEmpty();

        clock.set(at("2026-11-01T00:05+08:00"));
        Tick tick = office.tick();

        VisitCompliance.Result compliance = VisitCompliance.of(VisitPolicy.seeds(), CHINA)
                .check(subjects, visits, OCTOBER, LocalDate.of(2026, 10, 31));
        assertThat(compliance.outcomes()).filteredOn(o -> !o.done()).hasSize(1);
        assertThat(compliance.missed())
                .singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("R-003"));
        VisitWarning warning = office.visitWarnings().get(0);
        assertThat(office.visitWarnings()).containsExactly(warning);
        assertThat(warning.key()).isEqualTo("visit/six-must-visits/lone-elderly/R-003/2026-10-31");
        assertThat(warning.kind()).isEqualTo(VisitWarning.Kind.VISIT);
        assertThat(warning.visitor()).isEqualTo("head-1");
        assertThat(warning.grid()).isEqualTo(GRID_1);
        assertThat(warning.due()).isEqualTo(at("2026-11-01T00:00+08:00"));
        assertThat(warning.firedAt()).isEqualTo(at("2026-11-01T00:05+08:00"));
        assertThat(warning.action()).isEqualTo(VisitRule.MissAction.WARN);
        assertThat(warning.matterIfAny()).isEmpty();
        assertThat(tick.stepsFired()).isEqualTo(1);
        assertThat(warnings()).singleElement().satisfies(e -> {
            assertThat(e.visit()).isEqualTo(warning);
            assertThat(e.recipients()).containsExactly("head-1");
        });

        clock.set(at("2026-11-01T09:00+08:00"));
        office.tick();
        clock.set(at("2026-11-02T09:00+08:00"));
        office.tick();
        GridOffice restarted = office(VisitPolicy.seeds(), source);
        clock.set(at("2026-11-03T09:00+08:00"));
        restarted.tick();

        assertThat(restarted.visitWarnings()).containsExactly(warning);
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void anOpenMatterRuleOpensOneMatterAndAnEscalatingRuleNamesTheCommunity() {
        VisitPolicy policy = new VisitPolicy(
                VisitPolicy.FORMAT,
                "district",
                1,
                List.of(
                        new VisitRule(
                                "weekly/floating",
                                "floating-population",
                                "grid-worker",
                                VisitFrequency.parse("weekly"),
                                VisitRule.MissAction.OPEN_MATTER,
                                "district notice"),
                        new VisitRule(
                                "monthly/assistance",
                                "assistance-recipient",
                                "grid-worker",
                                VisitFrequency.parse("monthly"),
                                VisitRule.MissAction.ESCALATE,
                                "district notice")));
        List<VisitSubject> subjects = List.of(
                new VisitSubject("P-100", "floating-population", GRID_1, Map.of("grid-worker", "gw-1")),
                new VisitSubject("P-200", "assistance-recipient", GRID_1, Map.of("grid-worker", "gw-1")));
        List<VisitRecord> visits = List.of(
                // the week of Monday 5 October is visited; the next week (12 to 18 October) is not
                new VisitRecord("gw-1", "P-100", at("2026-10-06T10:00+08:00"), VisitRecord.Outcome.MET, null));
        VisitSource source = VisitSource.of(subjects, visits);
        GridOffice office = office(policy, source);

        clock.set(at("2026-10-19T08:00+08:00"));
        office.tick();
        office.tick();

        List<Matter> opened = office.openMatters(MatterQuery.open());
        // the week ending Sunday 4 October started before the watch but ended inside it: missed too
        assertThat(opened)
                .extracting(m -> m.report().externalId().orElseThrow())
                .containsExactly("visit/weekly/floating/P-100/2026-10-04", "visit/weekly/floating/P-100/2026-10-18");
        assertThat(opened).allSatisfy(m -> {
            assertThat(m.area()).isEqualTo(GRID_1);
            assertThat(m.category().code()).isEqualTo("SPECIAL_POPULATION");
            assertThat(office.history(m.id()).transitions().get(0).actor()).isEqualTo(VisitWatch.ACTOR);
        });
        assertThat(office.visitWarnings())
                .extracting(VisitWarning::key)
                .containsExactly("visit/weekly/floating/P-100/2026-10-04", "visit/weekly/floating/P-100/2026-10-18");
        assertThat(office.visitWarnings().get(1).matterIfAny())
                .contains(opened.get(1).id());

        clock.set(at("2026-11-02T08:00+08:00"));
        GridOffice restarted = office(policy, source);
        restarted.tick();
        restarted.tick();

        assertThat(restarted.visitWarnings())
                .filteredOn(w -> w.rule().equals("monthly/assistance"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.action()).isEqualTo(VisitRule.MissAction.ESCALATE);
                    assertThat(w.escalatedToIfAny()).contains(HEJIANONG_COMMUNITY);
                });
        // weeks ending 4, 18, 25 October and 1 November were missed: four matters, each once
        assertThat(restarted.visitWarnings())
                .filteredOn(w -> w.rule().equals("weekly/floating"))
                .hasSize(4);
        assertThat(restarted.openMatters(MatterQuery.open())).hasSize(4);
        assertThat(warnings()).hasSize(5);
    }

    private List<OfficeEvent> warnings() {
        return delivered.stream()
                .filter(e -> e.kind() == OfficeEvent.Kind.VISIT_WARNING)
                .toList();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
