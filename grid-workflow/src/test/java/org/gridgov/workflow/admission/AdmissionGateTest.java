package org.gridgov.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.workflow.admission.AdmissionDecision.Verdict;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 (Dongxing): "对标准化任务清单以外的事项,确需纳入的,由相关部门提出申请,经区委研究批准后纳入,并按照“费随事转、事费匹配”原则拨付相关工作经费".
 */
class AdmissionGateTest {
    private final ManualClock clock = ManualClock.at("2026-04-01T09:00:00+08:00");
    private final List<Transition> heard = new ArrayList<>();
    private final MatterEngine engine =
            MatterEngine.builder(clock).listener((m, t) -> heard.add(t)).build();

    /** A temporary urgent item: flood-season checks of basements, April to June 2026, in one street. */
    private static AdmissionApplication floodSeasonChecks() {
        return new AdmissionApplication(
                "APP-2026-007",
                "FLOOD_SEASON_BASEMENT_CHECK",
                "汛期地下室排查",
                "区应急管理局",
                LocalDate.parse("2026-03-20"),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-06-30"),
                Set.of(Jingkou.ZHENGDONGLU_STREET),
                new Funding(new BigDecimal("30"), Funding.Basis.PER_MATTER, "区财政"));
    }

    @Test
    void aDepartmentPushingAnItemThatIsNotAdmittedIsRefusedWithTheReasonAndNothingIsRecorded() {
        MatterReport push = Reports.departmentTask(Jingkou.GRID_1, "区市场监管局", "FOOD_LICENCE_INSPECTION");
        assertThatThrownBy(() -> engine.report(push, "dept:market-regulation"))
                .isInstanceOfSatisfying(NotAdmittedException.class, e -> {
                    assertThat(e.decision().verdict()).isEqualTo(Verdict.NOT_ADMITTED);
                    assertThat(e.decision().taskCode()).isEqualTo("FOOD_LICENCE_INSPECTION");
                    assertThat(e.getMessage())
                            .contains("FOOD_LICENCE_INSPECTION", "neither a standard duty nor admitted");
                });
        assertThat(heard).isEmpty();
    }

    @Test
    void aDepartmentPushingAStandardDutyIsTakenIn() {
        MatterReport push = MatterReport.builder()
                .from(Reports.departmentTask(Jingkou.GRID_1, "区民政局", DutyCatalogue.SPECIAL_POPULATIONS.code()))
                .category("SPECIAL_POPULATION")
                .build();
        Matter m = engine.report(push, "dept:civil-affairs");
        assertThat(m.report().taskCode()).contains("SPECIAL_POPULATIONS");
        assertThat(heard).hasSize(1);
    }

    @Test
    void aTemporaryAdmittedItemIsTakenInWhileValidAndRefusedOnceItExpires() {
        engine.changeAdmissions(l -> l.apply(floodSeasonChecks(), "dept:emergency-management"));
        AdmissionList approved = engine.changeAdmissions(
                l -> l.approve("APP-2026-007", "京口区委", "district:party-committee", LocalDate.parse("2026-03-28")));
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.item("FLOOD_SEASON_BASEMENT_CHECK").orElseThrow().isTemporary())
                .isTrue();

        MatterReport push = Reports.departmentTask(Jingkou.GRID_1, "区应急管理局", "FLOOD_SEASON_BASEMENT_CHECK");
        assertThat(engine.report(push, "dept:emergency-management").report().taskCode())
                .contains("FLOOD_SEASON_BASEMENT_CHECK");

        clock.advance(Duration.ofDays(91)); // 2026-07-01, the day after the item's last day
        assertThatThrownBy(() -> engine.report(push, "dept:emergency-management"))
                .isInstanceOfSatisfying(NotAdmittedException.class, e -> {
                    assertThat(e.decision().verdict()).isEqualTo(Verdict.OUT_OF_VALIDITY);
                    assertThat(e.decision().reason()).contains("2026-06-30", "2026-07-01");
                });
    }

    @Test
    void anAdmittedItemAppliesOnlyInItsAreas() {
        AdmissionList list = AdmissionList.empty()
                .apply(floodSeasonChecks(), "dept:emergency-management")
                .approve("APP-2026-007", "京口区委", "district:party-committee", LocalDate.parse("2026-03-28"));
        MatterReport elsewhere = Reports.departmentTask(
                Jingkou.JIANKANGLU_STREET.child(1).child(1), "区应急管理局", "FLOOD_SEASON_BASEMENT_CHECK");
        AdmissionDecision d = AdmissionGate.check(
                DutyCatalogue.standard(),
                list,
                elsewhere,
                Jingkou.JIANKANGLU_STREET.child(1).child(1),
                LocalDate.parse("2026-05-01"));
        assertThat(d.verdict()).isEqualTo(Verdict.OUTSIDE_AREAS);
        assertThat(d.admitted()).isFalse();
    }

    @Test
    void aProfessionalEnforcementMatterIsRefusedWhoeverRaisesIt() {
        // Seed 001 / DOMAIN §3: no unit or person may ask grid workers to do professional enforcement.
        MatterReport illegalBuilding = MatterReport.builder()
                .channel(SourceChannel.WECHAT_GROUP)
                .category("PUBLIC_FACILITY")
                .location(Location.of(Jingkou.GRID_2))
                .severity(Severity.MEDIUM)
                .description("违章搭建,要求网格员拆除")
                .professionalEnforcement(true)
                .build();
        assertThatThrownBy(() -> engine.report(illegalBuilding, "gw-hejianong-2"))
                .isInstanceOfSatisfying(
                        NotAdmittedException.class,
                        e -> assertThat(e.decision().verdict()).isEqualTo(Verdict.PROFESSIONAL_ENFORCEMENT));
        assertThat(heard).isEmpty();
    }
}
