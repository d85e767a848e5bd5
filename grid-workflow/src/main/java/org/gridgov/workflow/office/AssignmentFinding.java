package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.matter.MatterId;

/**
 * A lead or co-handler who is not on the roster, accepted under
 * {@link RosterCheck#ACCEPT_WITH_FINDING}: the matter, the version the assignment was made at, the
 * field ({@code assignment.lead}, {@code assignment.coHandlers}), the rule and the party's id.
 * Immutable.
 *
 * @param matter the matter
 * @param version the version the command made
 * @param field the field
 * @param rule the rule broken
 * @param party the party's id
 */
public record AssignmentFinding(MatterId matter, long version, String field, String rule, String party) {

    /** Checks the parts. */
    public AssignmentFinding {
        requireNonNull(matter, "matter");
        requireNonNull(field, "field");
        requireNonNull(rule, "rule");
        requireNonNull(party, "party");
    }
}
