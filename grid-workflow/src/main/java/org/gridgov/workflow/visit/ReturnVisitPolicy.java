package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.time.TimeLimit;

/**
 * When a satisfaction return visit (回访) is due after a matter closes, and what a dissatisfied
 * rating does. The seeds' rule ({@link #defaults()}): due within one working day of closure; a
 * dissatisfied resident reopens the matter (residents' satisfaction is the final measure, seeds
 * 000, 001, 004). Immutable.
 *
 * @param id the policy's id, recorded in the return visit's system entry
 * @param version the policy's version, recorded likewise
 * @param due how long after closure the return visit is due
 * @param reopenWhenDissatisfied whether a dissatisfied rating reopens the matter
 */
public record ReturnVisitPolicy(String id, int version, TimeLimit due, boolean reopenWhenDissatisfied) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the id is blank or the version below 1
     */
    public ReturnVisitPolicy {
        requireNonNull(due, "due");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("returnVisit.id", "a policy has an id", id);
        }
        if (version < 1) {
            throw new InvalidInputException("returnVisit.version", "a version is at least 1", version);
        }
    }

    /** Due the next working day ({@code 1wd}); dissatisfied reopens. */
    public static ReturnVisitPolicy defaults() {
        return new ReturnVisitPolicy("return-visit", 1, TimeLimit.parse("1wd"), true);
    }

    /** When the return visit after a closure at {@code closedAt} is due, on {@code calendar}. */
    public Instant dueAfter(Instant closedAt, WorkingCalendar calendar) {
        return calendar.deadline(closedAt, due);
    }
}
