package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.SlaScenario;
import org.junit.jupiter.api.Test;

/**
 * Clocks are driven purely by the matter's history: a scheduler started after the fact and rebuilt
 * from the engine's history has the same clocks, and on the same (durable) queue fires nothing again.
 */
class RebuildTest {
    private static final Set<ClockEntry.Kind> LIFECYCLE = Set.of(
            ClockEntry.Kind.START,
            ClockEntry.Kind.PAUSE,
            ClockEntry.Kind.RESUME,
            ClockEntry.Kind.STOP,
            ClockEntry.Kind.RECOMPUTE);

    @Test
    void aSchedulerRebuiltFromHistoryHasTheSameClocks() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("DISPUTE", Severity.MEDIUM);
        s.advance("2h")
                .act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .advance("1wd")
                .act(m, Action.SUSPEND)
                .advance("1wd")
                .act(m, Action.RESUME)
                .advance("2h")
                .act(m, Action.ESCALATE, Action.ESCALATE)
                .advance("3wd")
                .act(m, Action.RESOLVE)
                .advance("4h")
                .act(m, Action.REWORK)
                .advance("6wd");

        SlaScheduler rebuilt = SlaScheduler.builder(s.engine().clock())
                .policy(SlaPolicy.the357())
                .calendar(WorkingCalendar.china())
                .build();
        rebuilt.rebuild(s.engine().history(m));
        List<SlaClock> live = s.scheduler().clocks(m);
        List<SlaClock> again = rebuilt.clocks(m);
        assertThat(again).hasSameSizeAs(live);
        for (int i = 0; i < live.size(); i++) {
            SlaClock a = live.get(i);
            SlaClock b = again.get(i);
            assertThat(b.due()).isEqualTo(a.due());
            assertThat(b.elapsed()).isEqualTo(a.elapsed());
            assertThat(b.target()).isEqualTo(a.target());
            assertThat(b.pauses()).isEqualTo(a.pauses());
            assertThat(b.timeline().stream()
                            .filter(e -> LIFECYCLE.contains(e.kind()))
                            .toList())
                    .isEqualTo(a.timeline().stream()
                            .filter(e -> LIFECYCLE.contains(e.kind()))
                            .toList());
        }
        assertThat(live.get(1).entries(ClockEntry.Kind.RECOMPUTE))
                .as("the escalation to the street (joint whistle) recomputed resolution")
                .isNotEmpty();
        assertThat(rebuilt.fireDue())
                .as("a fresh queue fires the overdue steps once")
                .isNotEmpty();
        assertThat(rebuilt.fireDue()).isEmpty();
    }

    @Test
    void aTransitionDeliveredTwiceIsFoldedOnce() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .advance("1wd")
                .act(m, Action.SUSPEND)
                .advance("1wd")
                .act(m, Action.RESUME);
        SlaClock before = s.clock(m, Metric.RESOLUTION);
        for (var t : s.engine().history(m).since(s.scheduler().versionOf(m) - 3)) {
            s.scheduler().observe("SANITATION", Severity.LOW, t);
        }
        assertThat(s.scheduler().versionOf(m)).isEqualTo(s.engine().history(m).version());
        assertThat(s.clock(m, Metric.RESOLUTION)).isEqualTo(before);
        assertThat(before.pauses()).hasSize(1);
    }

    @Test
    void laddersNameRolesNotPersons() {
        SlaScenario s = SlaScenario.of(SlaPolicy.the357(), WorkingCalendar.china(), "2026-03-02T09:00+08:00");
        MatterId m = s.report("SANITATION", Severity.LOW);
        s.act(m, Action.REGISTER)
                .act(m, Action.DISPATCH, Action.ACCEPT, Action.START)
                .advance("15wd");
        assertThat(s.events()).isNotEmpty();
        assertThat(s.events())
                .extracting(SlaEvent::role)
                .allMatch(role -> Set.of("lead", "community-head", "street:office", "district:supervision")
                        .contains(role));
    }
}
