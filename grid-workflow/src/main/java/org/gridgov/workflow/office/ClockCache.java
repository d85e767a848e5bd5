package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * The clocks of matters recently worked on, each valid for one stored version; anything else is
 * rebuilt from the stored history ({@link MatterSla#replay}), so the cache can be dropped at any
 * time. Used under the matter's lock. Thread-safe map.
 */
final class ClockCache {
    private final Map<MatterId, MatterSla> cache = new ConcurrentHashMap<>();

    /** Work on a matter's clocks before its due steps fire (a recomputation). */
    @FunctionalInterface
    interface Prepare {
        void prepare(MatterSla sla, SlaPolicy policy, WorkingCalendar calendar, Instant now);
    }

    MatterSla fresh(MatterId id, String category, Severity severity) {
        return MatterSla.of(id, category, severity);
    }

    /** The clocks of a stored matter at its version: cached, or replayed from its history. */
    MatterSla get(MatterRecord rec, SlaPolicy policy, WorkingCalendar calendar) {
        MatterSla sla = cache.get(rec.matter().id());
        if (sla == null || sla.version() != rec.matter().version()) {
            sla = MatterSla.replay(rec.history(), policy, calendar);
            cache.put(rec.matter().id(), sla);
        }
        return sla;
    }

    void put(MatterId id, MatterSla sla) {
        cache.put(id, sla);
    }

    void drop(MatterId id) {
        cache.remove(id);
    }
}
