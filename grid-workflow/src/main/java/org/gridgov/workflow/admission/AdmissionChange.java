package org.gridgov.workflow.admission;

import java.time.LocalDate;

/**
 * One recorded change of the admission list: the version it produced, what happened, to which
 * application or item, by whom, on which day and why. Immutable.
 *
 * @param version the list's version after the change
 * @param kind what happened
 * @param subject the application id (applied, approved, rejected) or item code (revoked)
 * @param actor who made the change
 * @param on the day
 * @param reason why; may be empty for an application or an approval
 */
public record AdmissionChange(long version, Kind kind, String subject, String actor, LocalDate on, String reason) {

    /** What happened. */
    public enum Kind {
        /** A department applied. */
        APPLIED,
        /** The district approved an application; its item is admitted. */
        APPROVED,
        /** The district rejected an application. */
        REJECTED,
        /** An admitted item was withdrawn. */
        REVOKED
    }

    /** A {@code null} reason becomes empty. */
    public AdmissionChange {
        reason = reason == null ? "" : reason;
    }
}
