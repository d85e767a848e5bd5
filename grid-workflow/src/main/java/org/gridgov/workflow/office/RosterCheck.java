package org.gridgov.workflow.office;

/**
 * What the office does with a lead or co-handler who is not on the roster (a person id the roster
 * does not know; unit ids, which contain {@code :} or {@code @}, are not checked).
 */
public enum RosterCheck {
    /** Refuse the command with an {@code InvalidInputException} naming the field; nothing changes. */
    REFUSE,
    /** Accept the command and return an {@link AssignmentFinding} for each unknown party. */
    ACCEPT_WITH_FINDING
}
