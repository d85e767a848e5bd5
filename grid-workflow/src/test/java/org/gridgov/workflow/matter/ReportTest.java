package org.gridgov.workflow.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void aReporterIsMaskedWhenPrinted() {
        Reporter r = new Reporter("施元冲", "13800001234");
        assertThat(r.toString()).isEqualTo("Reporter[施**, 138****1234]").doesNotContain("元冲", "0000");
        MatterReport report = Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1);
        assertThat(report.toString()).doesNotContain("元冲", "13800001234");
    }

    @Test
    void freeTextIsPersonalDataAndNeverPrinted() {
        String complaint = "楼上王阿姨电话13912345678，身份证320102198001011234，家里漏水";
        MatterReport report = MatterReport.builder()
                .from(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1))
                .description(complaint)
                .build();
        Transition returned = new Transition(
                MatterId.of("M-1"),
                4,
                Action.RETURN,
                State.DISPATCHED,
                State.REGISTERED,
                "grid-worker:wang",
                Instant.parse("2026-02-10T01:00:00Z"),
                complaint,
                null,
                null);

        assertThat(report.toString())
                .doesNotContain("13912345678", "320102198001011234", "王阿姨")
                .contains("description=" + complaint.length() + " characters");
        assertThat(returned.toString())
                .doesNotContain("13912345678", "王阿姨")
                .contains("reason: " + complaint.length() + " characters");
    }

    @Test
    void aBadPhoneNumberIsRefusedWithoutPrintingIt() {
        assertThatThrownBy(() -> new Reporter("施元冲", "138-0000-1234x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("reporter.phone");
                    assertThat(e.getMessage()).doesNotContain("0000").doesNotContain("元冲");
                });
    }

    @Test
    void aDepartmentPushNamesItsDepartmentAndTask() {
        assertThatThrownBy(() -> MatterReport.builder()
                        .channel(SourceChannel.DEPARTMENT_PUSH)
                        .category("LIVELIHOOD")
                        .location(Location.of(Jingkou.GRID_1))
                        .severity(Severity.LOW)
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("department"));
    }

    @Test
    void aCoordinateIsResolvedToItsGridThroughTheResolver() {
        // Seed 000: an emergency is located "by coordinates" to its grid. grid-geo implements the resolver over real
        // boundaries.
        GridResolver oneBox =
                (lon, lat, crs) -> "EPSG:4326".equals(crs) && lon > 119.4 && lon < 119.5 && lat > 32.1 && lat < 32.3
                        ? Optional.of(Jingkou.GRID_2)
                        : Optional.empty();
        MatterEngine engine = MatterEngine.builder(ManualClock.at("2026-02-10T09:00:00+08:00"))
                .resolver(oneBox)
                .build();
        MatterReport atPoint = MatterReport.builder()
                .from(Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1))
                .location(Location.at(119.45, 32.2, "EPSG:4326"))
                .build();
        assertThat(engine.report(atPoint, "gw-2").area()).isEqualTo(Jingkou.GRID_2);

        MatterReport outside = MatterReport.builder()
                .from(atPoint)
                .location(Location.at(121.5, 31.2, "EPSG:4326"))
                .build();
        assertThatThrownBy(() -> engine.report(outside, "gw-2"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("location"));
    }

    @Test
    void aLocationIsACodeOrACoordinateNotBoth() {
        AreaCode grid = Jingkou.GRID_1;
        assertThatThrownBy(() -> new Location(grid, 119.4, 32.2, "EPSG:4326"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Location.at(Double.NaN, 32.2, "EPSG:4326")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Location.at(119.4, 32.2, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDefaultTaxonomyHasTheEightCategoriesEachUnderAStandardDuty() {
        assertThat(Taxonomy.defaults().categories())
                .extracting(Category::code)
                .containsExactly(
                        "DISPUTE",
                        "SAFETY_HAZARD",
                        "SANITATION",
                        "PUBLIC_FACILITY",
                        "SPECIAL_POPULATION",
                        "LIVELIHOOD",
                        "POLICY_CONSULTATION",
                        "EMERGENCY");
        assertThat(Taxonomy.defaults().categories())
                .allSatisfy(c -> assertThat(
                                org.gridgov.core.duty.DutyCatalogue.standard().find(c.duty()))
                        .isPresent());
        Taxonomy odd = Taxonomy.defaults().with(new Category("NOISE", "噪音扰民", "Noise", "NOISE_PATROL"));
        assertThatThrownBy(() -> MatterEngine.builder(ManualClock.at("2026-02-10T09:00:00+08:00"))
                        .taxonomy(odd)
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.path()).isEqualTo("taxonomy.categories[8].duty"));
        assertThatThrownBy(() -> Taxonomy.defaults().with(Taxonomy.DISPUTE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("categories[8].code"));
    }
}
