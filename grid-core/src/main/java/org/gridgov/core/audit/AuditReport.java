package org.gridgov.core.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The result of checking an audit trail.
 *
 * @param checked how many entries were read
 * @param firstBreak the first break found, if any
 */
public record AuditReport(int checked, Optional<AuditBreak> firstBreak) {
    public AuditReport {
        requireNonNull(firstBreak, "firstBreak");
    }

    /** Whether the trail is intact. */
    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
