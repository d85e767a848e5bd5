package org.gridgov.examples.policykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.admission.AdmissionDecision;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.testkit.KitDistrict;
import org.gridgov.workflow.testkit.PolicyKit;
import org.gridgov.workflow.testkit.PolicyKitExtension;
import org.gridgov.workflow.testkit.PolicyKitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's policy test, compiled and run as a host would write it (exported API only): a
 * district's own folder ({@code samples/sewage-district}) with a category of its own
 * ({@code SEWAGE}), routed to the community by its own rule, resolved within 3 working days by its
 * own SLA rule, and an admission list with one approved item. The README must show these lines
 * exactly.
 */
@ExtendWith(PolicyKitExtension.class)
@PolicyKitSettings(policies = "samples/sewage-district", start = "2026-03-02T09:00+08:00")
class ReadmePolicyKitTest {

    @Test
    void aDistrictTestsItsOwnCategoryRoutingSlaAndAdmissionList(PolicyKit kit) throws IOException {
        // readme:start
        AreaCode grid = KitDistrict.grid(PolicyKit.DISTRICT, 1); // 321102001001001, a generated grid
        MatterId sewage = kit.report("SEWAGE", grid);
        kit.act(sewage, Action.REGISTER)
                .assertThat(sewage)
                .isRoutedTo(HandlingLevel.COMMUNITY) // policy-routing.json: sewage-to-community
                .hasTarget(Metric.RESOLUTION, "sewage", "3wd") // sla-sewage.json
                .isDue(Metric.RESOLUTION, "2026-03-05T09:00+08:00");
        kit.advance("3wd")
                .assertThat(sewage)
                .hasFired(Metric.RESOLUTION, "BREACH", "2026-03-05T09:00+08:00")
                .hasFired(Metric.RESOLUTION, "notify-community-head", "2026-03-05T09:00+08:00")
                .hasNotFired(Metric.RESOLUTION, "escalate-to-street");
        AdmissionDecision admitted = kit.pushTask("区住房和城乡建设局", "SEWER_CHECK_2026", "SEWER_CHECK", grid);
        AdmissionDecision refused = kit.pushTask("区城市管理局", "ILLEGAL_PARKING_FINES", "SEWER_CHECK", grid);
        // readme:end

        assertThat(admitted.verdict()).isEqualTo(AdmissionDecision.Verdict.ADMITTED_ITEM);
        assertThat(refused.verdict()).isEqualTo(AdmissionDecision.Verdict.NOT_ADMITTED);
        kit.act(kit.lastReported(), Action.REGISTER)
                .assertThat(kit.lastReported())
                .isRoutedTo(HandlingLevel.GRID);
        assertThat(Files.readString(Path.of("../README.md"))).contains(snippet());
    }

    @Test
    void aFailedExpectationNamesTheMatterTheExpectationTheActualInstantAndPrintsTheTimeline(PolicyKit kit) {
        MatterId sewage = kit.report("SEWAGE", KitDistrict.grid(PolicyKit.DISTRICT, 2));
        kit.act(sewage, Action.REGISTER).advance("4wd");
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class,
                () -> kit.assertThat(sewage).hasFired(Metric.RESOLUTION, "BREACH", "2026-03-06T09:00+08:00"));
        assertThat(e.getMessage())
                .startsWith(sewage + ": expected RESOLUTION BREACH fired once at 2026-03-06T09:00+08:00"
                        + " but was [2026-03-05T09:00+08:00]")
                .contains("timeline:")
                .contains("BREACH by system:sla RESOLUTION/1/BREACH due 2026-03-05T09:00+08:00")
                .contains("BREACH BREACH -> lead (rule sewage 3wd, policy v1)");
    }

    private static String snippet() throws IOException {
        String source =
                Files.readString(Path.of("src/test/java/org/gridgov/examples/policykit/ReadmePolicyKitTest.java"));
        String region = source.substring(source.indexOf("// readme:start\n") + 16, source.indexOf("// readme:end"));
        return region.stripIndent();
    }
}
