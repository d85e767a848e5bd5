package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.workflow.matter.Matter;

/**
 * The result of a command: the matter after it (and after any SLA steps that fell due before it)
 * and the findings about its assignment. Immutable.
 *
 * @param matter the matter after the command
 * @param findings leads or co-handlers not on the roster, accepted by the office's switch
 */
public record Handled(Matter matter, List<AssignmentFinding> findings) {

    /** Checks the parts and copies the list. */
    public Handled {
        requireNonNull(matter, "matter");
        findings = List.copyOf(findings);
    }
}
