package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.Finding;

/**
 * A rule a register file's record breaks: an invalid ID number or credit code, a legacy credit
 * code, a record outside the plan's grids, a household in another grid, an unknown tag. Names the
 * record by id and the JSON path; the value only by kind and length, or by an id or code.
 *
 * @param rule the rule's id, e.g. {@code register.id-number}
 * @param subject the record's id
 * @param path the JSON path, e.g. {@code $.residents[3].idNumber}
 * @param broken the rule in words
 * @param value the value's description: kind and length, or an id or code
 */
public record RegisterFinding(String rule, String subject, String path, String broken, String value)
        implements Finding {
    public RegisterFinding {
        requireNonNull(rule, "rule");
        requireNonNull(subject, "subject");
        requireNonNull(path, "path");
        requireNonNull(broken, "broken");
        requireNonNull(value, "value");
    }

    /** {@code $.path: rule (value)}. */
    @Override
    public String message() {
        return path + ": " + broken + " (" + value + ")";
    }
}
