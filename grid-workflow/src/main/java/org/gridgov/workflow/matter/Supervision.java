package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Supervision (督办) recorded on a matter: a yellow or red card from an SLA ladder step. Kept on
 * the {@link Matter} ({@link Matter#supervisions()}) and in its history as the system entry that
 * gave it. Immutable.
 *
 * @param card {@link Action#YELLOW_CARD} or {@link Action#RED_CARD}
 * @param step the step key, {@code METRIC/CYCLE/STEP_ID}
 * @param role the supervising role or unit, e.g. {@code district:supervision}
 * @param at when the card was given
 * @param version the matter's version that recorded it
 */
public record Supervision(Action card, String step, String role, Instant at, long version) {

    /** Checks the parts. */
    public Supervision {
        requireNonNull(card, "card");
        requireNonNull(step, "step");
        requireNonNull(role, "role");
        requireNonNull(at, "at");
    }
}
