package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.ReturnVisitPolicy;

/**
 * The system entry that records a return visit's rating on a closed matter: action
 * {@link Action#RETURN_VISIT}, step {@code RETURN_VISIT/CLOSURE/RATING} (the closure counted from 1,
 * so one rating per closure), role {@code return-visitor}, due when the policy says after the last
 * closure. Stateless.
 */
final class ReturnVisitEntry {
    static final String METRIC = "RETURN_VISIT";

    private ReturnVisitEntry() {}

    static Transition of(
            Matter m,
            MatterHistory history,
            Rating rating,
            String visitor,
            Instant now,
            ReturnVisitPolicy policy,
            WorkingCalendar calendar) {
        Instant closedAt = null;
        int closures = 0;
        int rated = 0;
        for (Transition t : history.transitions()) {
            if (t.action() == Action.CLOSE) {
                closures++;
                closedAt = t.at();
            } else if (t.action() == Action.RETURN_VISIT) {
                rated = t.step().cycle();
            }
        }
        if (closedAt == null) {
            throw new InvalidInputException("returnVisit", "a return visit follows a closure", m.id());
        }
        if (rated == closures) {
            throw new InvalidInputException(
                    "returnVisit", "one return visit per closure; closure " + closures + " was rated", m.id());
        }
        SystemStep step = new SystemStep(
                METRIC + "/" + closures + "/" + rating.name(),
                policy.id(),
                policy.version(),
                "return-visitor",
                policy.dueAfter(closedAt, calendar));
        return new Transition(
                m.id(),
                m.version() + 1,
                Action.RETURN_VISIT,
                m.state(),
                m.state(),
                visitor,
                now,
                "return visit: " + rating.name(),
                null,
                null,
                step,
                null);
    }

    /** Records the rating on the office and, when the policy says so, the reopening: see {@link GridOffice#returnVisit}. */
    static Matter record(GridOffice office, MatterId id, Rating rating, String visitor, ReturnVisitPolicy policy) {
        requireNonNull(rating, "rating");
        requireNonNull(policy, "policy");
        Transition.requireReceiver(visitor);
        MatterHistory before = office.history(id);
        Matter rated = office.change(
                        id,
                        before.version(),
                        null,
                        (m, now) -> ReturnVisitEntry.of(m, before, rating, visitor, now, policy, office.calendar()))
                .matter();
        if (rating != Rating.DISSATISFIED || !policy.reopenWhenDissatisfied()) {
            return rated;
        }
        return office.handle(
                Command.of(id, rated.version(), Action.REOPEN, visitor).because("return visit: resident dissatisfied"));
    }
}
