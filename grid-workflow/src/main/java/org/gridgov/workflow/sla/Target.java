package org.gridgov.workflow.sla;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.TimeLimit;
import org.gridgov.workflow.time.WorkingDays;
import org.gridgov.workflow.time.WorkingTime;

/**
 * The time allowed for one metric, in a typed limit, the ladder that follows its breach, and
 * what a granted extension (延期) adds, and the cap (上限) that suspensions and extensions cannot pass
 * without a recorded district approval. Immutable.
 *
 * <p><b>The cap</b> ("7 days at the latest", seed 000's 3-5-7) is counted from the start of the
 * cycle on the calendar, suspensions included: the cycle falls due at the cap at the latest, even
 * while suspended; the office refuses a suspension when no time is left before the cap, and an
 * extension whose due instant would lie after it ({@code sla.CapExceededException}), unless the
 * command carries a district approval, which lifts the cap of that cycle and is recorded in the
 * matter's history ({@code APPROVE_PAST_CAP}).
 *
 * @param metric the metric
 * @param limit the time allowed ({@code 3h}, {@code 5wd}, {@code 4wh})
 * @param ladder the id of the policy's escalation ladder, or {@code null} for none
 * @param extension the time one granted extension adds (counted from the due instant before it),
 *     or {@code null}: extensions do not move this target
 * @param cap the latest the cycle may fall due, counted from its start with suspensions included,
 *     or {@code null} for none; not shorter than the limit when both count the same unit
 */
public record Target(Metric metric, TimeLimit limit, String ladder, TimeLimit extension, TimeLimit cap) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the metric or the limit is missing, the limit or the extension
     *     zero, or the ladder blank
     */
    public Target {
        if (metric == null) {
            throw new InvalidInputException("metric", "a target names its metric", null);
        }
        if (limit == null) {
            throw new InvalidInputException("limit", "a target has a time limit, e.g. 3h or 5wd", null);
        }
        if (limit.isZero()) {
            throw new InvalidInputException("limit", "a target's time limit is more than zero", limit);
        }
        if (extension != null && extension.isZero()) {
            throw new InvalidInputException(
                    "extension", "an extension adds more than zero (leave it out for none)", extension);
        }
        if (cap != null && (cap.isZero() || shorter(cap, limit))) {
            throw new InvalidInputException(
                    "cap", "a cap is more than zero and not shorter than the limit " + limit, cap);
        }
        if (ladder != null && ladder.isBlank()) {
            throw new InvalidInputException("ladder", "a ladder id is not blank (leave it out for none)", ladder);
        }
    }

    /**
     * A target without a cap.
     *
     * @param metric the metric
     * @param limit the time allowed
     * @param ladder the ladder id, or {@code null}
     * @param extension what an extension adds, or {@code null}
     */
    public Target(Metric metric, TimeLimit limit, String ladder, TimeLimit extension) {
        this(metric, limit, ladder, extension, null);
    }

    private static boolean shorter(TimeLimit a, TimeLimit b) {
        if (a instanceof WorkingDays x && b instanceof WorkingDays y) {
            return x.days() < y.days();
        }
        if (a instanceof ClockTime x && b instanceof ClockTime y) {
            return x.duration().compareTo(y.duration()) < 0;
        }
        if (a instanceof WorkingTime x && b instanceof WorkingTime y) {
            return x.duration().compareTo(y.duration()) < 0;
        }
        return false; // units are never converted into each other
    }
}
