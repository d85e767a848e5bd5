package org.gridgov.workflow.sla;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.TimeLimit;

/**
 * The time allowed for one metric, in a typed limit, the ladder that follows its breach, and
 * what a granted extension (延期) adds. Immutable.
 *
 * @param metric the metric
 * @param limit the time allowed ({@code 3h}, {@code 5wd}, {@code 4wh})
 * @param ladder the id of the policy's escalation ladder, or {@code null} for none
 * @param extension the time one granted extension adds (counted from the due instant before it),
 *     or {@code null}: extensions do not move this target
 */
public record Target(Metric metric, TimeLimit limit, String ladder, TimeLimit extension) {

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
        if (ladder != null && ladder.isBlank()) {
            throw new InvalidInputException("ladder", "a ladder id is not blank (leave it out for none)", ladder);
        }
    }
}
