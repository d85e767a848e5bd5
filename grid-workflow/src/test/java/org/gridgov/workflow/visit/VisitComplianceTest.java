package org.gridgov.workflow.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.workflow.assessment.IndicatorCalculator;
import org.gridgov.workflow.assessment.IndicatorReport;
import org.gridgov.workflow.assessment.Period;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Jingkou, 六必访): the grid head visits every lone elderly resident of the grid every
 * month. One who misses one of three in October 2026 shows it in compliance (2 of 3) and gets the
 * warning naming the rule, the subject's reference and the month.
 */
class VisitComplianceTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private static final AreaCode GRID = AreaCode.parse("321102001001001");
    private final ManualClock clock = ManualClock.at("2026-10-09T09:30:00+08:00");

    private static VisitSubject elderly(String ref) {
        return new VisitSubject(ref, "lone-elderly", GRID, Map.of("grid-head", "head-1"));
    }

    @Test
    void aGridHeadWhoMissesOneLoneElderlyVisitInAMonthShowsItAndIsWarned() {
        List<VisitSubject> subjects = List.of(elderly("R-001"), elderly("R-002"), elderly("R-003"));
        List<VisitRecord> visits = new java.util.ArrayList<>();
        visits.add(VisitRecord.now(clock, "head-1", "R-001", VisitRecord.Outcome.MET, null));
        clock.set(java.time.OffsetDateTime.parse("2026-10-20T15:00+08:00").toInstant());
        visits.add(VisitRecord.now(clock, "head-1", "R-002", VisitRecord.Outcome.MATTER_REPORTED, "3 幢 2 单元"));
        visits.add(VisitRecord.now(clock, "head-1", "R-003", VisitRecord.Outcome.NOT_MET, null));
        visits.add(VisitRecord.now(clock, "gw-1", "R-003", VisitRecord.Outcome.MET, null)); // not the grid head

        VisitCompliance.Result result = VisitCompliance.of(VisitPolicy.seeds(), CHINA)
                .check(subjects, visits, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

        assertThat(result.outcomes()).hasSize(3).allMatch(o -> o.rule().equals("six-must-visits/lone-elderly"));
        assertThat(result.missed())
                .containsExactly(new MissedVisit(
                        "six-must-visits/lone-elderly",
                        GRID,
                        "head-1",
                        "R-003",
                        LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31),
                        VisitRule.MissAction.WARN));
        IndicatorReport report = IndicatorCalculator.of(CHINA)
                .compute(
                        List.of(),
                        result.outcomes(),
                        new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), CHINA.zone()));
        assertThat(report.figures(GRID).visitComplianceRate()).isEqualTo(2.0 / 3);
        assertThat(report.figures(GRID.parent()).visitsDue()).isEqualTo(3);
        assertThat(report.workers().get("head-1").visitComplianceRate()).isEqualTo(2.0 / 3);
    }

    @Test
    void theSeedsRulesAreShippedAsAPolicy() {
        VisitPolicy seeds = VisitPolicy.seeds();
        assertThat(seeds.rules()).hasSize(12);
        assertThat(seeds.rules().stream().filter(r -> r.id().startsWith("six-must-visits/")))
                .hasSize(6)
                .allMatch(r ->
                        r.frequency().text().equals("monthly") && r.visitor().equals("grid-head"));
        assertThat(seeds.rules().stream().map(r -> r.frequency().text()))
                .contains("daily", "weekly", "monthly", "quarterly");
    }

    @Test
    void dailyChecksAreDueOnWorkingDaysAndNWorkingDaysCountTheCalendar() {
        // National Day 2026: 1-7 October off, Thursday 8 and Friday 9 working, Saturday 10 a make-up working day
        assertThat(VisitFrequency.parse("daily").periods(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10), CHINA))
                .extracting(p -> p[1])
                .containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));
        assertThat(VisitFrequency.parse("2wd").periods(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 12), CHINA))
                .extracting(p -> p[1])
                .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 12));
        assertThat(VisitFrequency.parse("quarterly")
                        .periods(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CHINA))
                .hasSize(4);
    }

    @Test
    void subjectCategoriesAndLocationsAreMaskedWhenPrinted() {
        assertThat(elderly("R-001").toString()).contains("R-001").doesNotContain("lone-elderly");
        VisitRecord v = VisitRecord.now(clock, "head-1", "R-001", VisitRecord.Outcome.MET, "3 幢 2 单元");
        assertThat(v.toString()).contains("head-1").doesNotContain("3 幢");
    }

    @Test
    void aBadPolicyIsRefusedNamingThePathTheRuleAndTheValue() {
        String duplicate = "{\"format\":\"grid-visits/1\",\"id\":\"x\",\"version\":1,\"rules\":["
                + "{\"id\":\"a\",\"subjectCategory\":\"grid\",\"visitor\":\"gw\",\"frequency\":\"weekly\",\"onMiss\":\"WARN\",\"source\":\"\"},"
                + "{\"id\":\"a\",\"subjectCategory\":\"grid\",\"visitor\":\"gw\",\"frequency\":\"fortnightly\",\"onMiss\":\"WARN\",\"source\":\"\"}]}";
        assertThatThrownBy(() -> GridJson.read(duplicate, "visits.json", VisitPolicy.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("visits.json: $.rules[1].frequency")
                .hasMessageContaining("fortnightly");
        assertThatThrownBy(() ->
                        GridJson.read(duplicate.replace("fortnightly", "weekly"), "visits.json", VisitPolicy.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("$.rules[1].id")
                .hasMessageContaining("rule ids are unique");
    }
}
