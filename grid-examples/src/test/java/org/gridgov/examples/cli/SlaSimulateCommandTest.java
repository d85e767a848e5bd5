package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.sla.SlaPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grid sla simulate} on the samples: a routine sanitation matter of Monday 2026-03-02,
 * suspended two days, escalated to the joint whistle, resolved late. Expected instants worked by
 * hand on the all-day China calendar (no holidays in March 2026).
 */
class SlaSimulateCommandTest {
    private static final String POLICY = "samples/sla-357.json";
    private static final String EVENTS = "samples/sla-events-suspended.json";

    @Test
    void theSamplePolicyIsTheShipped357() {
        assertThat(PolicyJson.sla(Path.of(POLICY))).isEqualTo(SlaPolicy.the357());
    }

    @Test
    void printsEveryClocksTimelineWithDueInstants() {
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", EVENTS);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                // answered (registered) after 1.5 h: stopped exactly as the yellow light would go on, so no light
                .contains("2026-03-02T09:00+08:00 START     #1 rule routine 3h; due 2026-03-02T12:00+08:00")
                .doesNotContain("WARNING   #1 YELLOW -> lead\n  2026-03-02T10:30")
                .contains("2026-03-02T10:30+08:00 STOP      #1 REGISTER")
                // 5wd from Monday 09:00 is due Monday 03-09 09:00; suspended 2 working days: due Wednesday 03-11
                .contains("2026-03-02T09:00+08:00 START     #1 rule routine 5wd; due 2026-03-09T09:00+08:00")
                .contains("2026-03-03T15:00+08:00 PAUSE     #1 SUSPEND")
                .contains("2026-03-05T15:00+08:00 RESUME    #1 RESUME; due 2026-03-11T09:00+08:00")
                // escalated to the joint whistle: 7wd, but at the latest 7 working days from the report
                // (seed 000's "最迟7个工作日"): the two suspended days count against the cap, the due stays
                .contains(
                        "2026-03-06T10:00+08:00 RECOMPUTE #1 ESCALATE routed JOINT in NORMAL mode: rule joint 7wd (policy v1); "
                                + "due 2026-03-11T09:00+08:00 -> 2026-03-11T09:00+08:00")
                .contains("2026-03-11T09:00+08:00 BREACH    #1 BREACH -> lead")
                .contains("2026-03-11T09:00+08:00 LADDER    #1 notify-street-head -> street:head")
                .contains("2026-03-12T09:00+08:00 LADDER    #1 district-yellow-card -> district:supervision")
                .doesNotContain("district-red-card")
                .contains("2026-03-13T16:00+08:00 STOP      #1 VERIFY")
                .contains("= STOPPED cycle 1, target 7wd (rule joint), due 2026-03-11T09:00+08:00")
                .contains("pauses 2");
    }

    /**
     * A tough-whistle (攻坚哨) hazard received on the eve of the 2026 Spring Festival: 7 working days
     * (02-14 and 02-28 are make-up working Saturdays, 02-15..23 holidays) fall due Monday 03-02 16:00,
     * the district's yellow card at once, the red card two working days later.
     */
    @Test
    void aToughMatterLeftOpenClimbsToTheDistrictRedCard() {
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", "samples/sla-events-tough.json");
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("RECOMPUTE #1 REGISTER routed TOUGH in NORMAL mode: rule tough 7wd (policy v1); "
                        + "due 2026-02-27T16:00+08:00 -> 2026-03-02T16:00+08:00")
                .contains("2026-03-02T16:00+08:00 LADDER    #1 district-yellow-card -> district:supervision")
                .contains("2026-03-04T16:00+08:00 LADDER    #1 district-red-card -> district:supervision")
                .contains("= RUNNING cycle 1, target 7wd (rule tough), due 2026-03-02T16:00+08:00");
    }

    /**
     * Issues 16 and 17: a routine matter of Monday 03-02 09:00 breaches Monday 03-09 09:00 and is
     * escalated by hand to the street (joint whistle, 7wd) on 03-10 at 10:00. The steps due before
     * the escalation fire first, under the routine target they fell due under; the timeline keeps them
     * as they fired, and the joint ladder continues from the breach: the street head's notice and the
     * yellow card at the escalation, the red card three working days after the breach.
     */
    @Test
    void stepsDueBeforeAnEscalationFireFirstAndStayAsTheyFired(@TempDir Path dir) throws IOException {
        Path events = Files.writeString(dir.resolve("escalated-late.json"), """
                {
                  "format": "grid-sla-events/1",
                  "matter": {"id": "M-2026-0302-009", "category": "SANITATION", "severity": "LOW"},
                  "events": [
                    {"at": "2026-03-02T09:00+08:00", "action": "REPORT"},
                    {"at": "2026-03-02T09:30+08:00", "action": "REGISTER", "whistle": "ROUTINE"},
                    {"at": "2026-03-10T10:00+08:00", "action": "ESCALATE", "whistle": "JOINT"}
                  ],
                  "until": "2026-03-16T00:00+08:00"
                }
                """);
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", events.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("2026-03-09T09:00+08:00 BREACH    #1 BREACH -> lead (rule routine 5wd, policy v1)")
                .contains("2026-03-10T09:00+08:00 LADDER    #1 escalate-to-street -> street:office (rule routine 5wd")
                .contains("2026-03-10T10:00+08:00 LADDER    #1 notify-street-head -> street:head (rule joint 7wd")
                .contains(
                        "2026-03-10T10:00+08:00 LADDER    #1 district-yellow-card -> district:supervision (rule joint")
                .contains("2026-03-12T09:00+08:00 LADDER    #1 district-red-card -> district:supervision (rule joint");
        assertThat(run.out().split("BREACH    #1", -1)).as("one breach").hasSize(2);
    }

    /**
     * A matter reported on 2026-12-28 with five working days needs 2027, which only the provisional
     * calendar covers: the clock's summary line says its deadline is provisional; one settled within
     * 2026 does not.
     */
    @Test
    void aDeadlineOnTheProvisionalCalendarSaysSo(@TempDir Path dir) throws IOException {
        String events = """
                {
                  "format": "grid-sla-events/1",
                  "matter": {"id": "M-2026-1228-001", "category": "SANITATION", "severity": "LOW"},
                  "events": [
                    {"at": "%s", "action": "REPORT"},
                    {"at": "%s", "action": "REGISTER", "whistle": "ROUTINE"}
                  ],
                  "until": "%s"
                }
                """;
        Path late = Files.writeString(
                dir.resolve("late.json"),
                events.formatted("2026-12-28T09:00+08:00", "2026-12-28T09:30+08:00", "2026-12-29T00:00+08:00"));
        Path early = Files.writeString(
                dir.resolve("early.json"),
                events.formatted("2026-03-02T09:00+08:00", "2026-03-02T09:30+08:00", "2026-03-03T00:00+08:00"));

        CliRun lateRun = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", late.toString());
        CliRun earlyRun = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", early.toString());

        assertThat(lateRun.err()).isEmpty();
        assertThat(lateRun.out()).contains("provisional (rests on the provisional [2027] calendar)");
        assertThat(earlyRun.err()).isEmpty();
        assertThat(earlyRun.out()).doesNotContain("provisional");
    }

    @Test
    void theEventsExampleOfTheWorkflowReadmeRuns(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("../grid-workflow/README.md"));
        int section = readme.indexOf("### `grid sla simulate`");
        assertThat(section).isNotNegative();
        int from = readme.indexOf("```json\n", section) + "```json\n".length();
        Path events = Files.writeString(
                dir.resolve("readme-events.json"), readme.substring(from, readme.indexOf("```", from)));
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", events.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("RECOMPUTE #1 ESCALATE routed JOINT")
                .contains("2026-03-11T09:00+08:00 BREACH    #1 BREACH -> lead");
    }

    @Test
    void badEventsExitTwoNamingTheFileThePathAndTheValue(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("late.json");
        Files.writeString(
                events,
                Files.readString(Path.of(EVENTS))
                        .replace(
                                "\"2026-03-02T11:00+08:00\", \"action\": \"DISPATCH\"",
                                "\"2026-03-01T11:00+08:00\", \"action\": \"DISPATCH\""));
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", events.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err())
                .contains("late.json: $.events[2].at")
                .contains("time order")
                .contains("(2026-03-01T11:00+08:00)")
                .contains("after 2026-03-02T10:30+08:00");

        Path policy = dir.resolve("policy.json");
        Files.writeString(
                policy,
                Files.readString(Path.of(POLICY))
                        .replace(
                                "\"limit\": \"7wd\", \"ladder\": \"joint\"",
                                "\"limit\": \"7d\", \"ladder\": \"joint\""));
        CliRun bad = CliRun.of("sla", "simulate", "--policy", policy.toString(), "--events", EVENTS);
        assertThat(bad.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(bad.err())
                .contains("policy.json: $.rules[2].targets[0].limit")
                .contains("'7d'");
    }

    @Test
    void anEventTheLifecycleForbidsIsBadInputNamingIt(@TempDir Path dir) throws IOException {
        Path afterClose = Files.writeString(
                dir.resolve("after-close.json"),
                Files.readString(Path.of(EVENTS))
                        .replace(
                                "\"action\": \"CLOSE\"}",
                                "\"action\": \"CLOSE\"},\n    {\"at\": \"2026-03-14T09:00+08:00\", \"action\": \"START\"}"));
        CliRun run = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", afterClose.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, "after-close.json: $.events[11].action");
        assertThat(run.err()).contains("in state CLOSED").endsWith("(START)\n");

        Path early = Files.writeString(
                dir.resolve("early.json"),
                Files.readString(Path.of(EVENTS)).replace("\"action\": \"DISPATCH\"", "\"action\": \"START\""));
        CliRun started = CliRun.of("sla", "simulate", "--policy", POLICY, "--events", early.toString());
        assertThat(started.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(started.err()).contains("early.json: $.events[2].action").contains("in state REGISTERED");
    }
}
