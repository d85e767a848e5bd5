package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.visit.Rating;

/**
 * One entry of a matter's history as the {@code --histories} JSON lines carry it (the form
 * {@code grid simulate} and {@code grid export} write): no reasons and no report text, which are
 * free text and personal by default. Immutable.
 *
 * @param version the matter's version after the entry
 * @param action what was done
 * @param actor who did it
 * @param at when
 * @param from the state before, {@code null} for the report
 * @param to the state after
 * @param level the handling level where the entry routes, else {@code null}
 * @param whistle the whistle where it routes, else {@code null}
 * @param lead the lead where it assigns, else {@code null}
 * @param step the system step key {@code METRIC/CYCLE/STEP_ID}, else {@code null}
 * @param area the new grid where it re-homes, else {@code null}
 */
public record HistoryEntry(
        long version,
        Action action,
        String actor,
        Instant at,
        State from,
        State to,
        HandlingLevel level,
        String whistle,
        String lead,
        String step,
        String area) {

    /**
     * Checks the required parts.
     *
     * @throws InvalidInputException if a return visit's step does not end in a {@link Rating}
     */
    public HistoryEntry {
        requireNonNull(action, "action");
        requireNonNull(actor, "actor");
        requireNonNull(at, "at");
        requireNonNull(to, "to");
        if (action == Action.RETURN_VISIT && !isRating(step)) {
            throw new InvalidInputException(
                    "step",
                    "a return visit's step is RETURN_VISIT/CLOSURE/RATING (SATISFIED, BASICALLY_SATISFIED, DISSATISFIED)",
                    step);
        }
    }

    private static boolean isRating(String step) {
        if (step == null || !step.startsWith("RETURN_VISIT/")) {
            return false;
        }
        String last = step.substring(step.lastIndexOf('/') + 1);
        for (Rating r : Rating.values()) {
            if (r.name().equals(last)) {
                return true;
            }
        }
        return false;
    }

    /** The metric of the step key ({@code RESOLUTION} of {@code RESOLUTION/1/BREACH}), or empty text. */
    String stepMetric() {
        if (step == null) {
            return "";
        }
        int slash = step.indexOf('/');
        return slash < 0 ? step : step.substring(0, slash);
    }

    /** The last part of the step key, or empty text. */
    String stepId() {
        return step == null ? "" : step.substring(step.lastIndexOf('/') + 1);
    }
}
