package org.gridgov.workflow.sla;

import java.util.List;
import org.gridgov.core.InvalidInputException;

/**
 * One rule of an SLA policy: for matters that match {@code when}, the targets of some metrics.
 * Immutable.
 *
 * @param id the rule's id, unique in its policy
 * @param when the condition ({@link Match#ANY} when absent)
 * @param targets one target per metric, at least one
 */
public record SlaRule(String id, Match when, List<Target> targets) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the id is blank, there are no targets, or a metric repeats
     */
    public SlaRule {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "a rule has an id", id);
        }
        when = when == null ? Match.ANY : when;
        if (targets == null || targets.isEmpty()) {
            throw new InvalidInputException("targets", "a rule has at least one target", "[]");
        }
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) == null) {
                throw new InvalidInputException("targets[" + i + "]", "a target is required", null);
            }
            for (int j = 0; j < i; j++) {
                if (targets.get(j).metric() == targets.get(i).metric()) {
                    throw new InvalidInputException(
                            "targets[" + i + "].metric",
                            "a rule has one target per metric",
                            targets.get(i).metric());
                }
            }
        }
        targets = List.copyOf(targets);
    }

    /** The target for {@code metric}, or {@code null}. */
    Target target(Metric metric) {
        for (Target t : targets) {
            if (t.metric() == metric) {
                return t;
            }
        }
        return null;
    }
}
