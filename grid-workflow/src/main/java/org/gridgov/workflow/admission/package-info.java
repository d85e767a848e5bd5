/**
 * The task-admission list (网格事项准入, seed 001): which tasks departments may push down to grid
 * workers.
 *
 * <p>The standard duty catalogue ({@link org.gridgov.core.duty.DutyCatalogue}) is always admitted.
 * Anything else must be on the versioned {@link org.gridgov.workflow.admission.AdmissionList}:
 * a department files an {@link org.gridgov.workflow.admission.AdmissionApplication}, the district
 * approves it into an {@link org.gridgov.workflow.admission.AdmittedItem} (approving body, date,
 * validity window, areas, {@link org.gridgov.workflow.admission.Funding} - 费随事转) or rejects it;
 * every change is an {@link org.gridgov.workflow.admission.AdmissionChange}. The
 * {@link org.gridgov.workflow.admission.AdmissionGate} returns an
 * {@link org.gridgov.workflow.admission.AdmissionDecision} for a matter, refusing unadmitted,
 * expired or out-of-area department tasks and every professional enforcement matter; the engine
 * turns a refusal into {@link org.gridgov.workflow.admission.NotAdmittedException}.
 */
package org.gridgov.workflow.admission;
