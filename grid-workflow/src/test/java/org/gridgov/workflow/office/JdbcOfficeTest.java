package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * A busy office on PostgreSQL holds what the same calls leave in memory: the same histories, timers,
 * due instants, clock problems, outbox and settings; and a new office on the database (a restart)
 * fires nothing again.
 */
class JdbcOfficeTest {

    @Test
    void aBusyDistrictOnPostgresHoldsWhatItHoldsInMemory() {
        ManualClock memoryClock = ManualClock.at("2026-03-02T09:00:00+08:00");
        ManualClock dbClock = ManualClock.at("2026-03-02T09:00:00+08:00");
        InMemoryOfficeStore memory = new InMemoryOfficeStore();
        JdbcOfficeStore db = new JdbcOfficeStore(Databases.fresh());

        List<MatterId> ids = BusyDistrict.run(BusyDistrict.office(memoryClock, memory), memoryClock, 21L, 160);
        List<MatterId> same = BusyDistrict.run(BusyDistrict.office(dbClock, db), dbClock, 21L, 160);

        assertThat(same).isEqualTo(ids);
        for (MatterId id : ids) {
            assertThat(db.find(id)).as("%s", id).isEqualTo(memory.find(id));
            assertThat(db.timers(id)).as("%s timers", id).isEqualTo(memory.timers(id));
            assertThat(db.due(id)).as("%s due", id).isEqualTo(memory.due(id));
        }
        assertThat(db.clockProblems()).isEqualTo(memory.clockProblems());
        assertThat(db.outboxStats()).isEqualTo(memory.outboxStats());
        assertThat(db.deliverable(dbClock.instant(), 1000))
                .extracting(OutboxEntry::event)
                .isEqualTo(memory.deliverable(memoryClock.instant(), 1000).stream()
                        .map(OutboxEntry::event)
                        .toList());
        assertThat(db.settings().modes()).isEqualTo(memory.settings().modes());
        assertThat(db.settings().policyChanges()).isEqualTo(memory.settings().policyChanges());
        assertThat(db.settings().calendarLoads())
                .hasSameSizeAs(memory.settings().calendarLoads());

        GridOffice restarted = BusyDistrict.office(dbClock, db);
        assertThat(restarted.tick().stepsFired()).isZero();
    }
}
