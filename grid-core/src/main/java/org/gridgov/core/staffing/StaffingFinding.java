package org.gridgov.core.staffing;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.Finding;

/**
 * A staffing rule's finding: a grid short of people, a person posted where the rules do not
 * allow. The subject is an area code or an opaque person id, never a name.
 *
 * @param rule the rule's id, e.g. {@code staffing.full-time-worker}
 * @param subject the grid code or person id it is about
 * @param message one line for people
 */
public record StaffingFinding(String rule, String subject, String message) implements Finding {
    public StaffingFinding {
        requireNonNull(rule, "rule");
        requireNonNull(subject, "subject");
        requireNonNull(message, "message");
    }
}
