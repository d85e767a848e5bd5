package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;

/**
 * The record of one edit: which revision it made, what, who, why and when.
 *
 * @param revision the revision the edit produced
 * @param edit what changed
 * @param actor who made the change: an account or staff id, never a person's name
 * @param reason why, in words
 * @param at when, from the clock the history was given
 */
public record PlanChange(int revision, PlanEdit edit, String actor, String reason, Instant at) {
    public PlanChange {
        requireNonNull(edit, "edit");
        requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("actor", "a change names who made it", actor);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a change says why it was made", reason);
        }
    }
}
