package org.gridgov.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.workflow.admission.AdmissionDecision.Verdict;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 (Dongxing), 建立网格事务准入机制: "对各部门沉入网格的服务管理项目、业务工作任务和信息采集事项进行严格梳理、审核,
 * 对标准化任务清单以外的事项,确需纳入的,由相关部门提出申请,经区委研究批准后纳入 ... 任何单位和个人不得要求网格员从事规定由行政主管部门承办的专业性事项。"
 *
 * <p>The gate decides from the matter's category, the duty catalogue and the admission list; the
 * labels a pusher chooses cannot talk it round.
 */
class AdmissionCannotBeTalkedPastTest {
    /** 拆违执法: demolition of illegal buildings, enforcement of the urban management bureau; no grid-worker duty. */
    static final Category DEMOLITION_ENFORCEMENT =
            new Category("DEMOLITION_ENFORCEMENT", "拆违执法", "Demolition enforcement", null);

    private final ManualClock clock = ManualClock.at("2026-04-01T09:00:00+08:00");
    private final List<Transition> heard = new ArrayList<>();
    private final MatterEngine engine = MatterEngine.builder(clock)
            .taxonomy(Taxonomy.defaults().with(DEMOLITION_ENFORCEMENT))
            .admissions(floodSeasonChecksApproved())
            .listener((m, t) -> heard.add(t))
            .build();

    /** The list the sample policy-admissions.json holds: flood-season basement checks, version 2. */
    private static AdmissionList floodSeasonChecksApproved() {
        return AdmissionList.empty()
                .apply(
                        new AdmissionApplication(
                                "APP-2026-007",
                                "FLOOD_SEASON_BASEMENT_CHECK",
                                "汛期地下室排查",
                                "区应急管理局",
                                LocalDate.parse("2026-03-20"),
                                LocalDate.parse("2026-04-01"),
                                LocalDate.parse("2026-06-30"),
                                Set.of(Jingkou.ZHENGDONGLU_STREET),
                                new Funding(new BigDecimal("30"), Funding.Basis.PER_MATTER, "区财政")),
                        "dept:emergency-management")
                .approve("APP-2026-007", "京口区委", "district:party-committee", LocalDate.parse("2026-03-28"));
    }

    private static MatterReport push(String category, String department, String task) {
        return MatterReport.builder()
                .from(Reports.departmentTask(Jingkou.GRID_1, department, task))
                .category(category)
                .build();
    }

    @Test
    void aDemolitionEnforcementTaskLabelledWithAStandardDutyCodeIsRefused() {
        // The case: 城管局 pushes 拆违 as "SAFETY_HAZARDS" and does not set any enforcement flag.
        MatterReport demolition = push("DEMOLITION_ENFORCEMENT", "区城市管理局", DutyCatalogue.SAFETY_HAZARDS.code());
        assertThat(demolition.professionalEnforcement()).isFalse();

        assertThatThrownBy(() -> engine.report(demolition, "dept:urban-management"))
                .isInstanceOfSatisfying(NotAdmittedException.class, e -> {
                    assertThat(e.decision().verdict()).isEqualTo(Verdict.PROFESSIONAL_ENFORCEMENT);
                    assertThat(e.decision().reason())
                            .contains("DEMOLITION_ENFORCEMENT", "no grid-worker duty", "SAFETY_HAZARDS");
                    assertThat(e.decision().listVersion()).isEqualTo(2);
                });
        assertThat(heard).isEmpty();
    }

    @Test
    void aStandardDutyCodeOnACategoryOfAnotherDutyIsRefused() {
        MatterReport mislabelled = push("DISPUTE", "区民政局", DutyCatalogue.SPECIAL_POPULATIONS.code());
        assertThatThrownBy(() -> engine.report(mislabelled, "dept:civil-affairs"))
                .isInstanceOfSatisfying(NotAdmittedException.class, e -> {
                    assertThat(e.decision().verdict()).isEqualTo(Verdict.TASK_MISMATCH);
                    assertThat(e.decision().reason()).contains("DISPUTE_MEDIATION", "SPECIAL_POPULATIONS");
                });
        assertThat(heard).isEmpty();
    }

    @Test
    void anAdmittedItemPushedByADepartmentOtherThanTheApprovedOneIsRefused() {
        MatterReport borrowed = push("SANITATION", "区住房和城乡建设局", "FLOOD_SEASON_BASEMENT_CHECK");
        assertThatThrownBy(() -> engine.report(borrowed, "dept:housing"))
                .isInstanceOfSatisfying(NotAdmittedException.class, e -> {
                    assertThat(e.decision().verdict()).isEqualTo(Verdict.WRONG_DEPARTMENT);
                    assertThat(e.decision().reason()).contains("区应急管理局", "区住房和城乡建设局");
                });
        assertThat(heard).isEmpty();
    }

    @Test
    void theApprovedDepartmentsPushIsTakenInAndTheMatterRecordsTheListVersion() {
        Matter m =
                engine.report(push("SANITATION", "区应急管理局", "FLOOD_SEASON_BASEMENT_CHECK"), "dept:emergency-management");

        Transition reported = engine.history(m.id()).transitions().get(0);
        assertThat(reported.reason())
                .isEqualTo("admission: ADMITTED_ITEM FLOOD_SEASON_BASEMENT_CHECK under admission list version 2");
        assertThat(engine.history(m.id()).replay()).isEqualTo(m);
    }

    @Test
    void aStandardDutyOnItsOwnCategoryIsTakenInAndRecordsTheListVersion() {
        Matter m = engine.report(
                push("SPECIAL_POPULATION", "区民政局", DutyCatalogue.SPECIAL_POPULATIONS.code()), "dept:civil-affairs");
        assertThat(engine.history(m.id()).transitions().get(0).reason())
                .isEqualTo("admission: STANDARD_DUTY SPECIAL_POPULATIONS under admission list version 2");
    }

    @Test
    void aResidentsPostOfTheSameCategoryIsNotADepartmentTaskAndIsTakenInWithoutARecord() {
        MatterReport post = MatterReport.builder()
                .from(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1))
                .category("DEMOLITION_ENFORCEMENT")
                .build();
        Matter m = engine.report(post, "gw-hejianong-1");
        assertThat(engine.history(m.id()).transitions().get(0).reason()).isEmpty();
    }
}
