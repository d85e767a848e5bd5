package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.visit.ReturnVisitPolicy;
import org.gridgov.workflow.visit.ReturnVisits;
import org.gridgov.workflow.visit.VisitRule;

/**
 * The timers of satisfaction return visits (回访): after a matter closes, its return visit falls due
 * when the {@link ReturnVisitPolicy} says (the next working day on the office's calendar); on the
 * first tick after that with no {@link Action#RETURN_VISIT} rating for the closure, a
 * {@link VisitWarning} of kind {@code RETURN_VISIT} is recorded once per matter and closure (key
 * {@code return-visit/MATTER/CLOSURE}). It learns of closures as the office's first outbox listener
 * and, on its first tick, from the store's closed matters (so a new office on the same store finds
 * the return visits owed before it). Thread-safe.
 */
final class ReturnVisitWatch implements OfficeListener {
    private record Due(Instant at, MatterId matter) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : matter.compareTo(o.matter);
        }
    }

    private final OfficeStore store;
    private final ReturnVisitPolicy policy;
    private final AtomicReference<WorkingCalendar> calendar;
    private final ConcurrentSkipListSet<Due> dues = new ConcurrentSkipListSet<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    ReturnVisitWatch(OfficeStore store, ReturnVisitPolicy policy, AtomicReference<WorkingCalendar> calendar) {
        this.store = store;
        this.policy = requireNonNull(policy, "policy");
        this.calendar = calendar;
    }

    /** Watches a closure as its event is delivered. */
    @Override
    public void deliver(OfficeEvent event) {
        Transition t = event.transition();
        if (event.kind() == OfficeEvent.Kind.TRANSITION && t.action() == Action.CLOSE) {
            dues.add(new Due(policy.dueAfter(t.at(), calendar.get()), t.matter()));
        }
    }

    /** Warns once for each return visit overdue at {@code now}; returns how many it warned of. */
    synchronized int fire(Instant now) {
        load();
        int warned = 0;
        for (Due d = dues.pollFirst(); d != null; d = dues.pollFirst()) {
            if (!now.isAfter(d.at())) {
                dues.add(d);
                break;
            }
            Optional<ReturnVisits.Owed> owed = owed(d.matter());
            if (owed.isEmpty()) {
                continue; // rated, reopened or gone: a later closure is watched anew
            }
            if (!owed.get().overdueAt(now)) {
                dues.add(new Due(owed.get().dueAt(), d.matter()));
                continue;
            }
            String key = "return-visit/" + d.matter() + "/" + owed.get().closure();
            if (known.contains(key)) {
                continue;
            }
            try {
                if (store.warnVisit(warning(key, owed.get(), now))) {
                    warned++;
                }
                known.add(key);
            } catch (RuntimeException e) {
                dues.add(d); // tried again on the next tick
                throw e;
            }
        }
        return warned;
    }

    private void load() {
        if (loaded) {
            return;
        }
        for (VisitWarning w : store.visitWarnings()) {
            known.add(w.key());
        }
        for (MatterId id : store.closedMatters()) {
            owed(id).ifPresent(o -> {
                if (!known.contains("return-visit/" + id + "/" + o.closure())) {
                    dues.add(new Due(o.dueAt(), id));
                }
            });
        }
        loaded = true;
    }

    private Optional<ReturnVisits.Owed> owed(MatterId id) {
        Optional<MatterRecord> rec = store.find(id);
        if (rec.isEmpty() || rec.get().matter().state() != State.CLOSED) {
            return Optional.empty();
        }
        MatterHistory h = rec.get().history();
        if (h.transitions().stream().noneMatch(t -> t.action() == Action.CLOSE)) {
            return Optional.empty(); // fixed on the spot: no return visit
        }
        List<ReturnVisits.Owed> owed = ReturnVisits.of(policy, calendar.get()).owed(List.of(h));
        return owed.isEmpty() ? Optional.empty() : Optional.of(owed.get(0));
    }

    private VisitWarning warning(String key, ReturnVisits.Owed owed, Instant now) {
        Matter m = store.find(owed.matter()).orElseThrow().matter();
        String lead = m.responsibility().lead();
        return new VisitWarning(
                key,
                VisitWarning.Kind.RETURN_VISIT,
                policy.id(),
                m.area(),
                lead,
                owed.matter().toString(),
                owed.dueAt(),
                now,
                VisitRule.MissAction.WARN,
                owed.matter(),
                null);
    }
}
