package org.gridgov.workflow.engine;

import org.gridgov.core.InvalidInputException;

/**
 * A district's approval for a suspension or extension to pass the SLA cap ("7 days at the latest"
 * of seed 000's 3-5-7, {@code sla.Target#cap()}), carried by the {@link Command} it approves. The
 * office records it in the matter's history as an {@code APPROVE_PAST_CAP} entry by the approver,
 * its reason the reference, right before the command's own step. Whether the approver may approve
 * is the host's to check, as for every actor. Immutable.
 *
 * @param approver who approved at the district (a person id or a role such as {@code district:supervision})
 * @param reference the approval's reference (document number), not free text about people
 */
public record DistrictApproval(String approver, String reference) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming {@code approval.approver} or {@code approval.reference} if blank
     */
    public DistrictApproval {
        if (approver == null || approver.isBlank()) {
            throw new InvalidInputException("approval.approver", "a district approval names its approver", approver);
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException(
                    "approval.reference", "a district approval carries its reference", reference);
        }
    }
}
