package org.gridgov.workflow.routing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.mode.Mode;

/**
 * The three-whistle routing rules (三哨分流) as data: an ordered list of {@link RoutingRule}s, the
 * first match deciding. The last rule must match everything, so every matter is routed.
 *
 * <p>{@link #defaults()} encodes the reading of Huancui (seed 002) and Jingkou (seed
 * 000, "小事不出网格、大事不出社区"):
 *
 * <ol>
 *   <li>in emergency mode, an emergency or a matter of high severity goes to the district
 *       (tough whistle), anything else to the street (joint whistle: the street's special groups
 *       take over);
 *   <li>in normal mode, an emergency or a critical matter goes to the district;
 *   <li>a high-severity matter, or a matter of medium severity or more involving two or more
 *       grids, goes to the street (joint whistle);
 *   <li>a low-severity matter involving two or more grids stays in the community;
 *   <li>everything else stays in the grid (routine whistle).
 * </ol>
 *
 * <p>A policy has a {@link #version()} (1 or more; 1 when a file leaves it out), and every routing
 * it decides records it ({@link Routing#policyVersion()}), so each matter says which rules it ran
 * under. Immutable and thread-safe; Jackson reads it as {@code {"version":2,"rules":[...]}}.
 */
public record RoutingPolicy(int version, List<RoutingRule> rules) {
    private static final RoutingPolicy DEFAULTS = new RoutingPolicy(
            1,
            List.of(
                    new RoutingRule(
                            "emergency-mode-tough",
                            Set.of("EMERGENCY"),
                            null,
                            1,
                            Set.of(Mode.EMERGENCY),
                            HandlingLevel.DISTRICT),
                    new RoutingRule(
                            "emergency-mode-serious",
                            Set.of(),
                            Severity.HIGH,
                            1,
                            Set.of(Mode.EMERGENCY),
                            HandlingLevel.DISTRICT),
                    new RoutingRule(
                            "emergency-mode-joint", Set.of(), null, 1, Set.of(Mode.EMERGENCY), HandlingLevel.STREET),
                    new RoutingRule(
                            "emergency-category", Set.of("EMERGENCY"), null, 1, Set.of(), HandlingLevel.DISTRICT),
                    new RoutingRule("critical", Set.of(), Severity.CRITICAL, 1, Set.of(), HandlingLevel.DISTRICT),
                    new RoutingRule("serious", Set.of(), Severity.HIGH, 1, Set.of(), HandlingLevel.STREET),
                    new RoutingRule("cross-grid", Set.of(), Severity.MEDIUM, 2, Set.of(), HandlingLevel.STREET),
                    new RoutingRule("cross-grid-minor", Set.of(), null, 2, Set.of(), HandlingLevel.COMMUNITY),
                    RoutingRule.otherwise("in-grid", HandlingLevel.GRID)));

    /**
     * Checks the version and the rules.
     *
     * @throws InvalidInputException if the version is below 1, there are no rules, an id repeats,
     *     or the last rule does not match every matter
     */
    public RoutingPolicy(int version, List<RoutingRule> rules) {
        if (version < 1) {
            throw new InvalidInputException("version", "a routing policy's version is 1 or more", version);
        }
        if (rules == null || rules.isEmpty()) {
            throw new InvalidInputException("rules", "a routing policy has at least one rule", rules);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule rule = rules.get(i);
            if (rule == null) {
                throw new InvalidInputException("rules[" + i + "]", "a rule is required", null);
            }
            if (!ids.add(rule.id())) {
                throw new InvalidInputException("rules[" + i + "].id", "a rule id is unique in its policy", rule.id());
            }
        }
        RoutingRule last = rules.get(rules.size() - 1);
        if (!last.categories().isEmpty()
                || last.minSeverity() != null
                || last.minGrids() != 1
                || !last.modes().isEmpty()) {
            throw new InvalidInputException(
                    "rules[" + (rules.size() - 1) + "]",
                    "the last rule matches every matter (no conditions)",
                    last.id());
        }
        this.version = version;
        this.rules = List.copyOf(rules);
    }

    /** Version 1 of these rules. */
    public RoutingPolicy(List<RoutingRule> rules) {
        this(1, rules);
    }

    /** As read from JSON: a missing {@code version} is 1. */
    @JsonCreator
    static RoutingPolicy fromJson(
            @JsonProperty("version") Integer version, @JsonProperty("rules") List<RoutingRule> rules) {
        return new RoutingPolicy(version == null ? 1 : version, rules);
    }

    /** The default rules described above. */
    public static RoutingPolicy defaults() {
        return DEFAULTS;
    }

    /** Routes a matter with these traits: the first matching rule decides. */
    public Routing route(String category, Severity severity, int grids, Mode mode) {
        requireNonNull(category, "category");
        requireNonNull(severity, "severity");
        requireNonNull(mode, "mode");
        for (RoutingRule rule : rules) {
            if (rule.matches(category, severity, grids, mode)) {
                return new Routing(rule.level(), rule.id(), mode, version);
            }
        }
        throw new IllegalStateException("the last rule matches everything");
    }
}
