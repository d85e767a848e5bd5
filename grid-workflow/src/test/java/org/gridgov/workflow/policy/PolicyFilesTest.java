package org.gridgov.workflow.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.admission.AdmissionDecision.Verdict;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.admission.NotAdmittedException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host configures the engine from four policy files. */
class PolicyFilesTest {

    private static Path file(String name) throws URISyntaxException {
        return Path.of(PolicyFilesTest.class.getResource("/policy/" + name).toURI());
    }

    @Test
    void anEngineConfiguredFromFilesRoutesAdmitsAndSwitchesByThem() throws Exception {
        ManualClock clock = ManualClock.at("2026-05-20T09:00:00+08:00");
        MatterEngine engine = MatterEngine.builder(clock)
                .taxonomy(PolicyJson.taxonomy(file("taxonomy.json")))
                .routing(PolicyJson.routing(file("routing.json")))
                .admissions(PolicyJson.admissions(file("admissions.json")))
                .modePolicy(PolicyJson.modePolicy(file("modes.json")))
                .build();

        Matter dispute = engine.report(Reports.crossGridDispute(Jingkou.GRID_1, Jingkou.GRID_2), "gw-1");
        dispute = engine.handle(Command.on(dispute, Action.REGISTER, "gw-1"));
        assertThat(dispute.routing().orElseThrow().rule()).isEqualTo("cross-grid");
        assertThat(dispute.routing().orElseThrow().level()).isEqualTo(HandlingLevel.COMMUNITY);

        Matter check = engine.report(
                Reports.departmentTask(Jingkou.GRID_1, "区应急管理局", "FLOOD_SEASON_BASEMENT_CHECK"), "dept:em");
        assertThat(check.version()).isEqualTo(1);
        assertThatThrownBy(() -> engine.report(
                        Reports.departmentTask(
                                Jingkou.JIANKANGLU_STREET.child(1).child(1), "区应急管理局", "FLOOD_SEASON_BASEMENT_CHECK"),
                        "dept:em"))
                .isInstanceOfSatisfying(
                        NotAdmittedException.class,
                        e -> assertThat(e.decision().verdict()).isEqualTo(Verdict.OUTSIDE_AREAS));

        engine.switchMode(Jingkou.DISTRICT, Mode.EMERGENCY, "district:emergency-office", "全区防汛Ⅱ级应急响应");
        assertThat(engine.get(dispute.id()).routing().orElseThrow().level()).isEqualTo(HandlingLevel.STREET);
        assertThat(engine.admissions().version()).isEqualTo(2);
    }

    @Test
    void aCategoryWithoutADutyIsAllowed() throws Exception {
        Taxonomy taxonomy = PolicyJson.taxonomy(file("taxonomy.json"));
        assertThat(taxonomy.get("ELDERLY_MEAL").dutyCode()).isEmpty();
        assertThat(PolicyJson.read("t.json", PolicyJson.write(taxonomy), Taxonomy.class))
                .isEqualTo(taxonomy);
    }

    @Test
    void everyFileRoundTrips() throws Exception {
        RoutingPolicy routing = PolicyJson.routing(file("routing.json"));
        AdmissionList admissions = PolicyJson.admissions(file("admissions.json"));
        ModePolicy modes = PolicyJson.modePolicy(file("modes.json"));
        assertThat(PolicyJson.read("r", PolicyJson.write(routing), RoutingPolicy.class))
                .isEqualTo(routing);
        assertThat(PolicyJson.read("a", PolicyJson.write(admissions), AdmissionList.class))
                .isEqualTo(admissions);
        assertThat(PolicyJson.read("m", PolicyJson.write(modes), ModePolicy.class))
                .isEqualTo(modes);
    }

    @Test
    void aBrokenFileIsNamedWithItsPath(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("modes-broken.json");
        Files.writeString(broken, "{\"authorities\":[{\"area\":\"3211O2\",\"actors\":[\"x\"]}]}");
        assertThatThrownBy(() -> PolicyJson.modePolicy(broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("modes-broken.json: $.authorities[0].area.code");
                    assertThat(e.value()).isEqualTo("'3211O2'");
                });
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> PolicyJson.routing(empty))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).startsWith("empty.json"));
    }
}
