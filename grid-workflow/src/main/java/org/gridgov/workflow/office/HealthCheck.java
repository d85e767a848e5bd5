package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.sla.ClockStatus;
import org.gridgov.workflow.sla.SlaClock;

/**
 * Assembles {@link GridOffice#health()}: the store's outbox counts and clock problems, and a walk
 * over the open matters' clocks counting the running ones whose deadlines rest on provisional
 * holiday years. The walk costs one clock snapshot per open matter (cached clocks, or a replay of
 * the history). Stateless.
 */
final class HealthCheck {
    private HealthCheck() {}

    static OfficeHealth of(GridOffice office, OfficeStore store, boolean running, long tickFailures, Instant asOf) {
        NavigableSet<Integer> years = new TreeSet<>();
        int provisional = 0;
        for (Matter m : store.openMatters(MatterQuery.open())) {
            for (SlaClock c : office.clocks(m.id())) {
                if (c.status() == ClockStatus.RUNNING && c.provisional()) {
                    provisional++;
                    years.addAll(c.provisionalYears());
                }
            }
        }
        return new OfficeHealth(
                running, store.outboxStats(), store.clockProblems(), tickFailures, asOf, provisional, years);
    }
}
