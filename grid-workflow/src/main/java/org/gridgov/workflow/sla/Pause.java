package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One pause of a clock cycle: from the pausing action to the resuming one ({@code to} is
 * {@code null} while the clock is still paused). Time inside a pause does not count. Immutable.
 *
 * @param from when the clock paused
 * @param to when it resumed, or {@code null}
 * @param cause the action that paused it
 */
public record Pause(Instant from, Instant to, String cause) {

    /** Checks the parts. */
    public Pause {
        requireNonNull(from, "from");
        requireNonNull(cause, "cause");
    }

    /** When the clock resumed, if it has. */
    public Optional<Instant> resumedAt() {
        return Optional.ofNullable(to);
    }
}
