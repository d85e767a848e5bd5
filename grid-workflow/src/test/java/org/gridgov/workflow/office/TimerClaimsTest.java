package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.Timer;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.junit.jupiter.api.Test;

/**
 * Instances sharing PostgreSQL split the due timers by claims: a claimed timer is passed over by
 * others until its lease runs out (a crashed instance's claims come back) or the matter's next
 * change replaces its timers.
 */
class TimerClaimsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final JdbcOfficeStore store = new JdbcOfficeStore(Databases.fresh());

    @Test
    void aClaimedTimerIsPassedOverUntilItsLeaseRunsOut() {
        Matter early = matterWithTimer(T0.plusSeconds(100));
        Matter late = matterWithTimer(T0.plusSeconds(200));
        matterWithTimer(T0.plusSeconds(9_000));
        Instant now = T0.plusSeconds(300);

        List<Timer> a = store.claimDue(now, "office-a", now.plus(LEASE), 10);
        List<Timer> b = store.claimDue(now, "office-b", now.plus(LEASE), 10);
        Instant afterLease = now.plus(LEASE);
        List<Timer> bLater = store.claimDue(afterLease, "office-b", afterLease.plus(LEASE), 10);

        assertThat(a).extracting(Timer::matter).containsExactly(early.id(), late.id());
        assertThat(b).as("office-a holds them").isEmpty();
        assertThat(bLater)
                .as("office-a's lease ran out")
                .extracting(Timer::matter)
                .containsExactly(early.id(), late.id());
        assertThat(store.dueTimers(now, 10))
                .as("claims do not hide timers from a look")
                .hasSize(2);
    }

    @Test
    void aChangeReplacingTheTimersEndsTheClaim() {
        Matter m = matterWithTimer(T0.plusSeconds(100));
        Instant now = T0.plusSeconds(300);
        store.claimDue(now, "office-a", now.plus(LEASE), 10);

        Timer next = new Timer(m.id(), Metric.RESPONSE, 1, 1, T0.plusSeconds(250));
        store.commit(new MatterChange(m, 1, List.of(), List.of(next), null, null, List.of()));

        assertThat(store.claimDue(now, "office-b", now.plus(LEASE), 10)).containsExactly(next);
    }

    @Test
    void aBatchIsClaimedInDueOrderUpToTheLimit() {
        Matter c = matterWithTimer(T0.plusSeconds(30));
        Matter a = matterWithTimer(T0.plusSeconds(10));
        Matter b = matterWithTimer(T0.plusSeconds(20));
        Instant now = T0.plusSeconds(60);

        assertThat(store.claimDue(now, "office-a", now.plus(LEASE), 2))
                .extracting(Timer::matter)
                .containsExactly(a.id(), b.id());
        assertThat(store.claimDue(now, "office-b", now.plus(LEASE), 2))
                .extracting(Timer::matter)
                .containsExactly(c.id());
    }

    private Matter matterWithTimer(Instant at) {
        MatterId id = store.nextId();
        MatterReport report = District.sewage(GRID_1);
        Transition t = new Transition(id, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        Matter m = Lifecycle.start(report, GRID_1, Taxonomy.SANITATION, t);
        store.commit(new MatterChange(
                m, 0, List.of(t), List.of(new Timer(id, Metric.RESPONSE, 1, 0, at)), null, at, List.of()));
        return m;
    }
}
