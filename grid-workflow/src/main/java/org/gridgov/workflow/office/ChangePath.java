package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.Lock;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;

/**
 * The one path every change to a matter takes in the office (commands, re-routings, summonses,
 * return visits, re-homing): under the matter's lock, load it, check its version, record the SLA
 * steps that fell due, add the step's entries, and commit it all as one {@link MatterChange}.
 * Thread-safe.
 */
final class ChangePath {

    private final OfficeParts parts;

    ChangePath(OfficeParts parts) {
        this.parts = parts;
    }

    /**
     * The one path every change to a matter takes: under the matter's lock, load it, check the
     * version ({@code expected < 0}: any), record the steps that fell due, add the step's transition,
     * and commit it all as one {@link MatterChange}. On any failure the cached clocks are dropped
     * (they are rebuilt from the stored history) and the store is untouched.
     */
    MatterRecord change(MatterId id, long expected, ClockCache.Prepare prepare, MatterSteps.One step) {
        return changeEntries(
                id,
                expected,
                prepare,
                step == null
                        ? null
                        : (m, h, now) -> {
                            Transition t = step.next(m, now);
                            return t == null ? List.of() : List.of(new Whistles.Entry(t, List.of()));
                        });
    }

    /** Like {@link #change(MatterId, long, ClockCache.Prepare, MatterSteps.One)} with several entries in one change. */
    MatterRecord changeEntries(MatterId id, long expected, ClockCache.Prepare prepare, MatterSteps.Many step) {
        requireNonNull(id, "matter");
        Lock lock = parts.locks().acquire(id);
        try {
            return locked(id, expected, prepare, step);
        } finally {
            lock.unlock();
        }
    }

    /** {@link #changeEntries} under the matter's lock. */
    private MatterRecord locked(MatterId id, long expected, ClockCache.Prepare prepare, MatterSteps.Many step) {
        MatterRecord rec = parts.store().find(id).orElse(null);
        if (rec == null) {
            throw new UnknownIdException("matter", id.toString());
        }
        if (expected >= 0 && rec.matter().version() != expected) {
            throw new StaleVersionException(id, expected, rec.matter().version());
        }
        Policies p = parts.policies().get();
        WorkingCalendar cal = parts.calendar().get();
        var sla = parts.slas().get(rec, p.sla(), cal);
        boolean ok = false;
        try {
            Instant now = parts.office().clock().instant();
            if (prepare != null) {
                prepare.prepare(sla, p.sla(), cal, now);
            }
            Draft d = parts.firedAt(rec.matter(), sla, now, p, cal);
            Transition single = step == null ? null : step.single(d.matter(), rec.history(), now);
            if (single != null) {
                d.apply(single, sla, p.sla(), cal);
            }
            List<Whistles.Entry> entries =
                    step == null || single != null ? List.of() : step.next(d.matter(), rec.history(), now);
            for (int i = 0; i < entries.size(); i++) { // indexed: no iterator per change
                Whistles.Entry e = entries.get(i);
                d.apply(e.transition(), sla, p.sla(), cal);
                List<String> roles = e.roles();
                for (int r = 0; r < roles.size(); r++) { // usually none: no iterator
                    String role = roles.get(r);
                    d.notify(
                            e.transition(),
                            role,
                            SystemEntries.recipients(
                                    d.matter(), role, parts.plan().get().directory()));
                }
            }
            MatterRecord stored = parts.store().commit(d.change(rec.matter().version(), sla, now));
            if (!stored.matter().state().isOpen()) { // an open matter's clocks stay cached (get put them there)
                parts.slas().drop(id); // a closed matter's clocks are stopped; a reopening replays them
            }
            ok = true;
            return stored;
        } finally {
            if (!ok) {
                parts.slas().drop(id);
            }
        }
    }
}
