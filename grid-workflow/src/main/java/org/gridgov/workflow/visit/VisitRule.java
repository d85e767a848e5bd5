package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;

/**
 * One visit obligation: subjects of a category (a kind of person or organisation in a grid, e.g.
 * {@code lone-elderly}) must be visited by a role ({@code grid-worker}, {@code basic-team}, ...)
 * at a frequency; a visit not done by its period's end is a {@link MissedVisit} that asks for
 * {@code onMiss}. Immutable.
 *
 * @param id the rule's id, e.g. {@code six-must-visits/lone-elderly}
 * @param subjectCategory the category of subject it covers
 * @param visitor the role that visits (a subject's visitor of that role is responsible)
 * @param frequency how often
 * @param onMiss what a miss asks for
 * @param source where the rule comes from (a seed file, a district notice)
 */
public record VisitRule(
        String id, String subjectCategory, String visitor, VisitFrequency frequency, MissAction onMiss, String source) {

    /** What a missed visit asks for. */
    public enum MissAction {
        /** A warning to the visitor. */
        WARN,
        /** A warning, and a matter opened in the subject's grid for the visit. */
        OPEN_MATTER,
        /** A warning, and the miss reported to the level above (the community). */
        ESCALATE
    }

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the id, category or visitor role is blank
     */
    public VisitRule {
        requireText("id", id);
        requireText("subjectCategory", subjectCategory);
        requireText("visitor", visitor);
        requireNonNull(frequency, "frequency");
        requireNonNull(onMiss, "onMiss");
        source = source == null ? "" : source;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "a visit rule names its " + field, value);
        }
    }
}
