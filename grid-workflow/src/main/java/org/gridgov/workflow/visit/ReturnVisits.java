package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;

/**
 * The return visits owed: every matter that ends closed and whose last closure has no
 * {@link Action#RETURN_VISIT} entry yet, with the instant it is (or was) due under the policy.
 * {@code GridOffice.returnVisit} records one. Stateless and thread-safe.
 */
public final class ReturnVisits {
    private final ReturnVisitPolicy policy;
    private final WorkingCalendar calendar;

    private ReturnVisits(ReturnVisitPolicy policy, WorkingCalendar calendar) {
        this.policy = requireNonNull(policy, "policy");
        this.calendar = requireNonNull(calendar, "calendar");
    }

    /** Return visits under {@code policy}, due on {@code calendar}. */
    public static ReturnVisits of(ReturnVisitPolicy policy, WorkingCalendar calendar) {
        return new ReturnVisits(policy, calendar);
    }

    /**
     * One return visit owed.
     *
     * @param matter the matter
     * @param closure which closure of the matter it follows, from 1
     * @param dueAt when it is due
     */
    public record Owed(MatterId matter, int closure, Instant dueAt) {

        /** Whether it is past due at {@code now}. */
        public boolean overdueAt(Instant now) {
            return now.isAfter(dueAt);
        }
    }

    /** The return visits owed on these histories, in the order given. */
    public List<Owed> owed(Collection<MatterHistory> histories) {
        List<Owed> out = new ArrayList<>();
        for (MatterHistory h : histories) {
            List<Transition> ts = h.transitions();
            if (ts.get(ts.size() - 1).to() != State.CLOSED) {
                continue;
            }
            int closures = 0;
            Instant closedAt = null;
            boolean rated = false;
            for (Transition t : ts) {
                if (t.action() == Action.CLOSE) {
                    closures++;
                    closedAt = t.at();
                    rated = false;
                } else if (t.action() == Action.RETURN_VISIT) {
                    rated = true;
                }
            }
            if (!rated) {
                out.add(new Owed(h.matterId(), closures, policy.dueAfter(closedAt, calendar)));
            }
        }
        return out;
    }
}
