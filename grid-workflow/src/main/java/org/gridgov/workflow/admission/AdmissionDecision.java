package org.gridgov.workflow.admission;

import static java.util.Objects.requireNonNull;

/**
 * The gate's answer for one matter: admitted or refused, on which ground, and the reason in
 * words (no personal data). A refusal is a normal outcome, returned as data. Immutable.
 *
 * @param verdict the ground of the decision
 * @param taskCode the task code the matter carried, or {@code null}
 * @param reason the reason in words
 * @param listVersion the version of the admission list the gate consulted
 */
public record AdmissionDecision(Verdict verdict, String taskCode, String reason, long listVersion) {

    /** The ground of a decision. */
    public enum Verdict {
        /** Raised by a resident or found on patrol: not a department's assignment, always taken in. */
        NOT_ASSIGNED(true),
        /** A department's task that is one of the standard duties. */
        STANDARD_DUTY(true),
        /** A department's task that is an admitted item, valid on the day and in the area. */
        ADMITTED_ITEM(true),
        /** A professional enforcement matter of an administrative department: never for grid workers. */
        PROFESSIONAL_ENFORCEMENT(false),
        /** A department's task that is neither a standard duty nor an admitted item. */
        NOT_ADMITTED(false),
        /** An admitted item outside its validity window (a temporary item that expired, or not yet valid). */
        OUT_OF_VALIDITY(false),
        /** An admitted item that does not apply in the matter's area. */
        OUTSIDE_AREAS(false),
        /** A standard duty code on a matter whose category falls under another duty. */
        TASK_MISMATCH(false),
        /** An admitted item pushed by a department other than the one the entry names. */
        WRONG_DEPARTMENT(false);

        private final boolean admits;

        Verdict(boolean admits) {
            this.admits = admits;
        }

        /** Whether the verdict lets the matter in. */
        public boolean admits() {
            return admits;
        }
    }

    /** Checks required parts. */
    public AdmissionDecision {
        requireNonNull(verdict, "verdict");
        requireNonNull(reason, "reason");
    }

    /** A decision against the empty list (version 0). */
    public AdmissionDecision(Verdict verdict, String taskCode, String reason) {
        this(verdict, taskCode, reason, 0);
    }

    /**
     * The line intake records on a pushed matter's report step: verdict, task and the admission
     * list version the gate consulted (no personal data).
     */
    public String record() {
        return "admission: " + verdict + " " + taskCode + " under admission list version " + listVersion;
    }

    /** Whether the matter may enter. */
    public boolean admitted() {
        return verdict.admits();
    }
}
