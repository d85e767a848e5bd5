package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The record of a policy or calendar put in force in an office: what ({@code sla}, {@code routing},
 * {@code calendar}), which id and version (for a calendar: its years), who, when and why.
 * Immutable.
 *
 * @param kind {@code sla}, {@code routing} or {@code calendar}
 * @param id the policy id, or the calendar's description
 * @param version the policy version (0 for a calendar)
 * @param actor who changed it
 * @param at when
 * @param reason why
 */
public record PolicyChange(String kind, String id, int version, String actor, Instant at, String reason) {

    /** Checks the parts. */
    public PolicyChange {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        requireNonNull(actor, "actor");
        requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }
}
