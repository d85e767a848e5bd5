package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (Huancui), three whistles, under "357": a routine matter climbs from the community head to
 * the street and district cards; a joint matter starts at the street head; a tough matter is under
 * district supervision from the breach. Received Friday 2026-02-13 16:00, all-day calendar; ladder
 * offsets are working days after the breach (02-28 is a make-up working Saturday).
 */
class WhistleLaddersTest {
    private final SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-02-13T16:00+08:00");

    @Test
    void routineWhistleLadderCommunityHeadStreetThenDistrictCards() {
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .advanceTo("2026-03-06T00:00+08:00")
                .expectSteps(
                        m,
                        Metric.RESOLUTION,
                        "YELLOW",
                        "ORANGE",
                        "RED",
                        "BREACH",
                        "notify-community-head",
                        "escalate-to-street",
                        "district-yellow-card",
                        "district-red-card")
                .expectFired(m, Metric.RESOLUTION, "BREACH", "2026-02-27T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "notify-community-head", "2026-02-27T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "escalate-to-street", "2026-02-28T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-yellow-card", "2026-03-03T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-red-card", "2026-03-05T16:00+08:00");
        assertThat(s.events(m, Metric.RESOLUTION).stream().skip(4).map(SlaEvent::role))
                .containsExactly("community-head", "street:office", "district:supervision", "district:supervision");
        assertThat(s.events(m, Metric.RESOLUTION).get(7).ladderStep().kind()).isEqualTo(StepKind.RED_CARD);
    }

    @Test
    void jointWhistleLadderStartsAtTheStreetHead() {
        MatterId m = s.report("SANITATION", Severity.HIGH);
        s.advance("1h")
                .act(m, Action.REGISTER)
                .expectDue(m, Metric.RESOLUTION, "2026-03-02T16:00+08:00")
                .advanceTo("2026-03-06T00:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "notify-street-head", "2026-03-02T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-yellow-card", "2026-03-03T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-red-card", "2026-03-05T16:00+08:00");
    }

    @Test
    void toughWhistleIsUnderDistrictSupervisionFromTheBreach() {
        MatterId m = s.report("SANITATION", Severity.CRITICAL);
        s.advance("1h")
                .act(m, Action.REGISTER)
                .advanceTo("2026-03-03T00:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-yellow-card", "2026-03-02T16:00+08:00")
                .expectNotFired(m, Metric.RESOLUTION, "district-red-card")
                .advanceTo("2026-03-06T00:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-red-card", "2026-03-04T16:00+08:00");
    }

    @Test
    void resolvingBeforeTheBreachEndsTheLadderWithoutACard() {
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .advanceTo("2026-02-26T12:00+08:00")
                .act(m, Action.RESOLVE, Action.VERIFY, Action.CLOSE)
                .advanceTo("2026-03-10T00:00+08:00")
                .expectSteps(m, Metric.RESOLUTION, "YELLOW", "ORANGE");
        assertThat(s.clock(m, Metric.RESOLUTION).status()).isEqualTo(ClockStatus.STOPPED);
    }

    @Test
    void escalatingABreachedMatterToTheJointWhistleNeverRedrawsWhatFiredAndSkipsNoCard() {
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .advanceTo("2026-03-02T10:00+08:00")
                .act(m, Action.ESCALATE, Action.ESCALATE)
                .advanceTo("2026-03-10T00:00+08:00")
                .expectSteps(
                        m,
                        Metric.RESOLUTION,
                        "YELLOW",
                        "ORANGE",
                        "RED",
                        "BREACH",
                        "notify-community-head",
                        "escalate-to-street",
                        "notify-street-head",
                        "district-yellow-card",
                        "district-red-card")
                .expectFired(m, Metric.RESOLUTION, "BREACH", "2026-02-27T16:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "notify-street-head", "2026-03-02T10:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-yellow-card", "2026-03-02T10:00+08:00")
                .expectFired(m, Metric.RESOLUTION, "district-red-card", "2026-03-03T16:00+08:00");
        SlaClock clock = s.clock(m, Metric.RESOLUTION);
        assertThat(clock.rule()).isEqualTo("joint");
        assertThat(clock.overdue()).isTrue();
        assertThat(clock.entries(ClockEntry.Kind.BREACH))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("rule routine 5wd"));
        assertThat(clock.entries(ClockEntry.Kind.LADDER)).hasSize(5);
    }
}
