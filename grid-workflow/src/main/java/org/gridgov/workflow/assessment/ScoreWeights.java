package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;

/**
 * The weights of a composite score (综合得分), as districts set them: a weight per rate name (see
 * {@link Indicators#rate(String)}). The score is the weighted mean over the rates that are defined,
 * in [0, 1]; for the rates where less is better ({@code escalationRate}, {@code reworkRate},
 * {@code extensionRate}) it counts {@code 1 - rate}. Immutable.
 *
 * @param weights weight per rate name, each at least 0
 */
public record ScoreWeights(Map<String, Double> weights) {
    private static final Set<String> LOWER_IS_BETTER = Set.of("escalationRate", "reworkRate", "extensionRate");
    private static final Set<String> NAMES = Set.of(
            "onTimeRate",
            "inGridRate",
            "escalationRate",
            "reworkRate",
            "extensionRate",
            "satisfactionRate",
            "visitComplianceRate");

    /**
     * Checks the weights.
     *
     * @throws InvalidInputException if a name is not a rate or a weight is negative or not finite
     */
    public ScoreWeights {
        requireNonNull(weights, "weights");
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!NAMES.contains(e.getKey())) {
                throw new InvalidInputException(
                        "weights",
                        "a weight names a rate " + NAMES.stream().sorted().toList(),
                        e.getKey());
            }
            if (e.getValue() == null || !(e.getValue() >= 0) || e.getValue().isInfinite()) {
                throw new InvalidInputException(
                        "weights." + e.getKey(), "a weight is a finite number >= 0", e.getValue());
            }
        }
        weights = Collections.unmodifiableMap(new TreeMap<>(weights)); // sorted: its JSON is stable
    }

    /** Equal weights for on-time, in-grid, satisfaction and visit compliance. */
    public static ScoreWeights defaults() {
        return new ScoreWeights(
                Map.of("onTimeRate", 1.0, "inGridRate", 1.0, "satisfactionRate", 1.0, "visitComplianceRate", 1.0));
    }

    /** The score of the indicators, or {@code null} when no weighted rate is defined. */
    public Double score(Indicators indicators) {
        double sum = 0;
        double total = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double rate = indicators.rate(e.getKey());
            if (rate != null && e.getValue() > 0) {
                sum += e.getValue() * (LOWER_IS_BETTER.contains(e.getKey()) ? 1 - rate : rate);
                total += e.getValue();
            }
        }
        return total == 0 ? null : sum / total;
    }
}
