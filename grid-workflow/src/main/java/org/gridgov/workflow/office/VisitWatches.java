package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.workflow.calendar.WorkingCalendar;

/**
 * The office's visit timers as configured on its builder: the mandatory visits' {@link VisitWatch}
 * and the return visits' {@link ReturnVisitWatch}, either or both absent. Thread-safe.
 */
final class VisitWatches {
    private final VisitWatch visits;
    private final ReturnVisitWatch returnVisits;

    private VisitWatches(VisitWatch visits, ReturnVisitWatch returnVisits) {
        this.visits = visits;
        this.returnVisits = returnVisits;
    }

    static VisitWatches of(GridOffice office, OfficeBuilder b, AtomicReference<WorkingCalendar> calendar) {
        return new VisitWatches(
                b.visitPolicy == null
                        ? null
                        : new VisitWatch(office, b.store, b.visitPolicy, b.visitSource, b.visitsFrom, calendar),
                b.returnVisitPolicy == null ? null : new ReturnVisitWatch(b.store, b.returnVisitPolicy, calendar));
    }

    /** The host's listeners, after the return-visit watch (which learns of closures first). */
    List<OfficeListener> listeners(List<OfficeListener> host) {
        if (returnVisits == null) {
            return host;
        }
        List<OfficeListener> out = new ArrayList<>();
        out.add(returnVisits);
        out.addAll(host);
        return out;
    }

    /** Acts on what is missed at {@code now}; returns how many. */
    int fire(Instant now) {
        int n = 0;
        if (visits != null) {
            n += visits.fire(now);
        }
        if (returnVisits != null) {
            n += returnVisits.fire(now);
        }
        return n;
    }
}
