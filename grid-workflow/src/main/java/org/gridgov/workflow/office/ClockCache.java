package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * The clocks of matters recently worked on, each valid for one stored version; anything else is
 * rebuilt from the stored history, so the cache can be dropped at any time. The replay folds each
 * transition on the calendar in force when it happened and recomputes the open deadlines at each
 * {@link CalendarLoad} the settings record, so the moves a calendar load made are in the rebuilt
 * timelines. Used under the matter's lock. Thread-safe map.
 */
final class ClockCache {
    private final Map<MatterId, MatterSla> cache = new ConcurrentHashMap<>();
    private final Supplier<List<CalendarLoad>> loads;

    ClockCache(Supplier<List<CalendarLoad>> loads) {
        this.loads = loads;
    }

    /** Work on a matter's clocks before its due steps fire (a recomputation). */
    @FunctionalInterface
    interface Prepare {
        void prepare(MatterSla sla, SlaPolicy policy, WorkingCalendar calendar, Instant now);
    }

    MatterSla fresh(MatterId id, String category, Severity severity, String channel) {
        return MatterSla.of(id, category, severity, channel);
    }

    /** The clocks of a stored matter at its version: cached, or replayed from its history. */
    MatterSla get(MatterRecord rec, SlaPolicy policy, WorkingCalendar calendar) {
        MatterSla sla = cache.get(rec.matter().id());
        if (sla == null || sla.version() != rec.matter().version()) {
            sla = replay(rec.history(), policy, calendar, loads.get());
            cache.put(rec.matter().id(), sla);
        }
        return sla;
    }

    /** The history folded on the calendars in force, each load's recomputation at its instant. */
    static MatterSla replay(MatterHistory h, SlaPolicy policy, WorkingCalendar calendar, List<CalendarLoad> loads) {
        if (loads.isEmpty()) {
            return MatterSla.replay(h, policy, calendar);
        }
        MatterSla sla = MatterSla.of(
                h.matterId(),
                h.category().code(),
                h.report().severity(),
                h.report().channel().name());
        WorkingCalendar cal = loads.get(0).before();
        int next = 0;
        for (Transition t : h.transitions()) {
            while (next < loads.size() && loads.get(next).at().isBefore(t.at())) {
                cal = load(sla, policy, loads.get(next++));
            }
            sla.fold(t, policy, cal);
        }
        while (next < loads.size()) {
            cal = load(sla, policy, loads.get(next++));
        }
        // A clock an earlier calendar could not compute is computed on the current one (no move to
        // record: it had no deadline).
        return sla.problem().isPresent() ? MatterSla.replay(h, policy, calendar) : sla;
    }

    private static WorkingCalendar load(MatterSla sla, SlaPolicy policy, CalendarLoad l) {
        if (sla.version() > 0) {
            sla.recompute(policy, l.after(), l.at(), l.reason());
        }
        return l.after();
    }

    void put(MatterId id, MatterSla sla) {
        cache.put(id, sla);
    }

    void drop(MatterId id) {
        cache.remove(id);
    }
}
