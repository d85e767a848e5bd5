package org.gridgov.workflow.admission;

import org.gridgov.core.GridException;

/**
 * The engine refused to take in a matter because the admission gate refused it. Nothing was
 * stored; {@link #decision()} says why.
 */
public class NotAdmittedException extends GridException {
    private static final long serialVersionUID = 1L;

    private final transient AdmissionDecision decision;

    /** A refusal carrying the gate's decision. */
    public NotAdmittedException(AdmissionDecision decision) {
        super("matter refused at the admission gate (" + decision.verdict() + "): " + decision.reason());
        this.decision = decision;
    }

    /** The gate's decision. */
    public AdmissionDecision decision() {
        return decision;
    }
}
