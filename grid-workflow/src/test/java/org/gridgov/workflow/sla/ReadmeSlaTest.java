package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.Severity;
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
        SlaPolicy p =
                PolicyJson.read("README.md", readme.substring(from, readme.indexOf("```", from)), SlaPolicy.class);
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.thresholds()).extracting(Threshold::percent).containsExactly(60, 90);
        MatterFacts normal =
                new MatterFacts("DISPUTE", Severity.LOW, org.gridgov.workflow.routing.Whistle.ROUTINE, Mode.NORMAL);
        MatterFacts emergency =
                new MatterFacts("DISPUTE", Severity.LOW, org.gridgov.workflow.routing.Whistle.ROUTINE, Mode.EMERGENCY);
        assertThat(p.select(Metric.RESOLUTION, normal).target().limit()).isEqualTo(TimeLimit.parse("3wd"));
        assertThat(p.select(Metric.RESOLUTION, emergency).target().limit()).isEqualTo(TimeLimit.parse("1wd"));
        assertThat(p.select(Metric.ACCEPTANCE, emergency).rule())
                .as("first match per metric")
                .isEqualTo("all");
    }

    /**
     * The README's hotline policy with office hours: dispatched Friday 2026-03-06 16:00, signing is
     * due after 4 working hours (1.5 on Friday, 2.5 on Monday from 08:30): Monday 11:00; its yellow
     * light at 60% (2.4 working hours) is Monday 09:24. Signed at 10:00: no red light, no breach.
     */
    @Test
    void theReadmePolicyTimesSigningInWorkingHours() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("```json\n", readme.indexOf("### The SLA policy file format")) + "```json\n".length();
        SlaPolicy p =
                PolicyJson.read("README.md", readme.substring(from, readme.indexOf("```", from)), SlaPolicy.class);
        WorkingCalendar office = WorkingCalendar.china()
                .withWorkingHours(org.gridgov.workflow.calendar.WorkingHours.parse("08:30-12:00,13:30-17:30"));
        SlaScenario s = SlaScenario.of(p, office, "2026-03-06T15:00+08:00");
        MatterId m = s.report("LIVELIHOOD", Severity.LOW);
        s.act(m, Action.REGISTER)
                .advance("1h")
                .act(m, Action.DISPATCH)
                .expectDue(m, Metric.ACCEPTANCE, "2026-03-09T11:00+08:00")
                .expectDue(m, Metric.RESOLUTION, "2026-03-11T17:30+08:00")
                .advanceTo("2026-03-09T10:00+08:00")
                .act(m, Action.ACCEPT)
                .advanceTo("2026-03-10T00:00+08:00")
                .expectSteps(m, Metric.ACCEPTANCE, "YELLOW")
                .expectFired(m, Metric.ACCEPTANCE, "YELLOW", "2026-03-09T09:24+08:00");
    }

    @Test
    void theTestKitExampleRunsAsWritten() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .expectDue(m, Metric.RESOLUTION, "2026-03-09T09:00+08:00")
                .advanceTo("2026-03-03T09:00+08:00")
                .act(m, Action.SUSPEND)
                .advanceTo("2026-03-05T09:00+08:00")
                .act(m, Action.RESUME)
                .expectDue(m, Metric.RESOLUTION, "2026-03-11T09:00+08:00")
                .advance("5wd")
                .expectFired(m, Metric.RESOLUTION, "BREACH", "2026-03-11T09:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "notify-community-head", "2026-03-11T09:00+08:00");
    }
}
