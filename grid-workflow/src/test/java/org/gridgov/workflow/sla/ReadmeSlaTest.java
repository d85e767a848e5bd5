package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Severity;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;

/** The SLA examples of grid-workflow/README.md, so the manual cannot drift from the code. */
class ReadmeSlaTest {

  @Test
  void thePolicyFileExampleReadsAndSelectsByMode() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### The SLA policy file format");
    assertThat(section).isNotNegative();
    int from = readme.indexOf("```json\n", section) + "```json\n".length();
    SlaPolicy p = PolicyJson.read("README.md", readme.substring(from, readme.indexOf("```", from)), SlaPolicy.class);
    assertThat(p.version()).isEqualTo(2);
    assertThat(p.thresholds()).extracting(Threshold::percent).containsExactly(60, 90);
    MatterFacts normal = new MatterFacts("DISPUTE", Severity.LOW, org.gridgov.workflow.routing.Whistle.ROUTINE, Mode.NORMAL);
    MatterFacts emergency = new MatterFacts("DISPUTE", Severity.LOW, org.gridgov.workflow.routing.Whistle.ROUTINE, Mode.EMERGENCY);
    assertThat(p.select(Metric.RESOLUTION, normal).target().limit()).isEqualTo(TimeLimit.parse("3wd"));
    assertThat(p.select(Metric.RESOLUTION, emergency).target().limit()).isEqualTo(TimeLimit.parse("1wd"));
    assertThat(p.select(Metric.ACCEPTANCE, emergency).rule()).as("first match per metric").isEqualTo("all");
  }

  @Test
  void theTestKitExampleRunsAsWritten() {
    SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
    MatterId m = s.report("SANITATION", Severity.LOW);
    s.act(m, Action.REGISTER).act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
        .expectDue(m, Metric.RESOLUTION, "2026-03-09T09:00+08:00")
        .advanceTo("2026-03-03T09:00+08:00").act(m, Action.SUSPEND)
        .advanceTo("2026-03-05T09:00+08:00").act(m, Action.RESUME)
        .expectDue(m, Metric.RESOLUTION, "2026-03-11T09:00+08:00")
        .advance("5wd")
        .expectFired(m, Metric.RESOLUTION, "BREACH", "2026-03-11T09:00+08:00")
        .expectFired(m, Metric.RESOLUTION, "notify-community-head", "2026-03-11T09:00+08:00");
  }
}
