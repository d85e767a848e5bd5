package org.gridgov.core.staffing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.core.Finding;
import org.gridgov.core.InvalidInputException;

/**
 * A staffing rule's finding: a grid short of people, a person posted where the rules do not
 * allow. Typed like a coverage finding: a {@link Kind} and the ids involved, in the order the
 * kind documents. The ids are area codes, opaque person ids and duty codes, never names.
 *
 * <p>Invariants: {@code ids} is not empty; {@link #rule()} is the kind's rule id, except for
 * {@link Kind#DISTRICT_RULE}, whose rule a district names. Immutable and thread-safe.
 *
 * @param kind what is wrong
 * @param rule the rule's id, e.g. {@code staffing.full-time-worker}
 * @param ids the grid, person and duty involved, in the order documented per {@link Kind}
 * @param message one line for people
 */
public record StaffingFinding(Kind kind, String rule, List<String> ids, String message) implements Finding {

    /** Kinds of staffing finding, one per built-in rule of {@link StaffingRules}. */
    public enum Kind {
        /** A grid with too few full-time grid workers (ids: the grid). */
        FULL_TIME_WORKER("staffing.full-time-worker"),
        /** A grid whose team does not match the template (ids: the grid). */
        TEAM("staffing.team"),
        /** A grid head who does not live in the grid (ids: the person, the grid). */
        HEAD_RESIDENCE("staffing.head-residence"),
        /** A full-time grid worker posted to more than one grid (ids: the person, then the grids). */
        FULL_TIME_ONE_GRID("staffing.full-time-one-grid"),
        /** A posting to a grid that is not an active grid of the plan (ids: the person, the grid). */
        ACTIVE_GRID("staffing.active-grid"),
        /**
         * A role that is not in the role catalogue, or posted to an area of another level (ids: the
         * person, the area, the role code).
         */
        ROLE("staffing.role"),
        /** A duty that is not in the duty catalogue (ids: the person, the grid, the duty code). */
        DUTY("staffing.duty"),
        /** A district's own rule (ids: as that rule documents); the finding carries the rule id. */
        DISTRICT_RULE(null);

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        /** The rule id of a built-in kind; {@code null} for {@link #DISTRICT_RULE}. */
        public String rule() {
            return rule;
        }
    }

    /**
     * Checks the invariants.
     *
     * @throws InvalidInputException if {@code ids} is empty or the rule is not the kind's
     */
    public StaffingFinding {
        requireNonNull(kind, "kind");
        requireNonNull(rule, "rule");
        ids = List.copyOf(ids);
        requireNonNull(message, "message");
        if (ids.isEmpty()) {
            throw new InvalidInputException("ids", "a staffing finding names at least one id", ids);
        }
        if (kind.rule() != null && !kind.rule().equals(rule)) {
            throw new InvalidInputException("rule", "the rule of a " + kind + " finding is " + kind.rule(), rule);
        }
    }

    /** A finding of a built-in kind. */
    public static StaffingFinding of(Kind kind, List<String> ids, String message) {
        requireNonNull(kind, "kind");
        if (kind == Kind.DISTRICT_RULE) {
            throw new InvalidInputException("kind", "a district rule's finding is made with districtRule(...)", kind);
        }
        return new StaffingFinding(kind, kind.rule(), ids, message);
    }

    /** A finding of a district's own rule, e.g. {@code district.night-patrol}. */
    public static StaffingFinding districtRule(String rule, List<String> ids, String message) {
        return new StaffingFinding(Kind.DISTRICT_RULE, rule, ids, message);
    }

    /** The first id: the grid for grid kinds, the person for person kinds. */
    @Override
    public String subject() {
        return ids.get(0);
    }
}
