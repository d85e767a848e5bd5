package org.gridgov.workflow.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;

/**
 * An SLA policy (时限规则): which clocks a matter has, the time each may take, the warning lights
 * before the deadline and the escalation ladder after it. Versioned; every clock cycle records
 * the version it ran under. Read from JSON with {@code PolicyJson.sla(Path)} in {@code org.gridgov.workflow.policy} (format
 * {@code grid-sla/1}, documented in the module README).
 *
 * <p><b>Rule selection: first match wins, per metric.</b> For each metric, the target is taken from
 * the first rule, in file order, whose {@link Match} accepts the matter <em>and</em> that has a
 * target for that metric. Put specific rules (emergency mode, tough whistle) before general ones.
 * A metric no rule gives a target to has no clock for that matter. Targets are selected again when
 * a matter's routing changes (registration, escalation, re-routing) and when the policy changes;
 * an open cycle whose target changes is recomputed and the change recorded.
 *
 * <p>Invariants (checked on construction, errors name the JSON path): format {@code grid-sla/1};
 * id not blank; version at least 1; one clock rule per metric; every target's metric has a clock
 * rule and every named ladder exists; rule ids and step ids (within a ladder) unique; warning
 * lights unique. Thresholds are kept sorted by percentage; absent thresholds are
 * {@link Threshold#DEFAULTS}. Immutable and thread-safe.
 *
 * @param format always {@code grid-sla/1}
 * @param id the policy's id, e.g. {@code 357}
 * @param version the policy's version, 1 or more
 * @param description what the policy is, for people
 * @param clocks one clock rule per metric
 * @param thresholds the warning lights
 * @param ladders escalation ladders by id
 * @param rules the rules, first match wins per metric
 */
public record SlaPolicy(
        String format,
        String id,
        int version,
        String description,
        List<ClockRule> clocks,
        List<Threshold> thresholds,
        Map<String, List<LadderStep>> ladders,
        List<SlaRule> rules) {

    /** The format name of SLA policy files. */
    public static final String FORMAT = "grid-sla/1";

    /**
     * Checks the invariants listed in the class documentation.
     *
     * @throws InvalidInputException naming the JSON path, the rule and the value
     */
    public SlaPolicy {
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "an SLA policy file declares format " + FORMAT, format);
        }
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "a policy has an id", id);
        }
        if (version < 1) {
            throw new InvalidInputException("version", "a policy version is 1 or more", version);
        }
        description = description == null ? "" : description;
        clocks = checkedClocks(clocks);
        thresholds = checkedThresholds(thresholds);
        ladders = checkedLadders(ladders);
        rules = checkedRules(rules, clocks, ladders);
    }

    private static List<ClockRule> checkedClocks(List<ClockRule> clocks) {
        if (clocks == null || clocks.isEmpty()) {
            throw new InvalidInputException("clocks", "a policy defines at least one clock", "[]");
        }
        Set<Metric> seen = new HashSet<>();
        for (int i = 0; i < clocks.size(); i++) {
            if (clocks.get(i) == null) {
                throw new InvalidInputException("clocks[" + i + "]", "a clock rule is required", null);
            }
            if (!seen.add(clocks.get(i).metric())) {
                throw new InvalidInputException(
                        "clocks[" + i + "].metric",
                        "one clock rule per metric",
                        clocks.get(i).metric());
            }
        }
        return List.copyOf(clocks);
    }

    private static List<Threshold> checkedThresholds(List<Threshold> thresholds) {
        if (thresholds == null) {
            return Threshold.DEFAULTS;
        }
        Set<Light> seen = new HashSet<>();
        for (int i = 0; i < thresholds.size(); i++) {
            if (thresholds.get(i) == null) {
                throw new InvalidInputException("thresholds[" + i + "]", "a threshold is required", null);
            }
            if (!seen.add(thresholds.get(i).light())) {
                throw new InvalidInputException(
                        "thresholds[" + i + "].light",
                        "each light appears once",
                        thresholds.get(i).light());
            }
        }
        List<Threshold> sorted = new ArrayList<>(thresholds);
        sorted.sort(Comparator.comparingInt(Threshold::percent));
        return List.copyOf(sorted);
    }

    private static Map<String, List<LadderStep>> checkedLadders(Map<String, List<LadderStep>> ladders) {
        if (ladders == null) {
            return Map.of();
        }
        Map<String, List<LadderStep>> copy = new TreeMap<>();
        for (Map.Entry<String, List<LadderStep>> e : ladders.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
                throw new InvalidInputException(
                        "ladders." + e.getKey(),
                        "a ladder has an id and a list of steps (which may be empty)",
                        e.getValue());
            }
            List<LadderStep> steps = e.getValue();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) == null) {
                    throw new InvalidInputException(
                            "ladders." + e.getKey() + "[" + i + "]", "a step is required", null);
                }
                if (!ids.add(steps.get(i).id())) {
                    throw new InvalidInputException(
                            "ladders." + e.getKey() + "[" + i + "].id",
                            "step ids are unique in a ladder",
                            steps.get(i).id());
                }
            }
            copy.put(e.getKey(), List.copyOf(steps));
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static List<SlaRule> checkedRules(
            List<SlaRule> rules, List<ClockRule> clocks, Map<String, List<LadderStep>> ladders) {
        if (rules == null || rules.isEmpty()) {
            throw new InvalidInputException("rules", "a policy has at least one rule", "[]");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            SlaRule rule = rules.get(i);
            if (rule == null) {
                throw new InvalidInputException("rules[" + i + "]", "a rule is required", null);
            }
            if (!ids.add(rule.id())) {
                throw new InvalidInputException("rules[" + i + "].id", "rule ids are unique in a policy", rule.id());
            }
            for (int j = 0; j < rule.targets().size(); j++) {
                Target t = rule.targets().get(j);
                if (clocks.stream().noneMatch(c -> c.metric() == t.metric())) {
                    throw new InvalidInputException(
                            "rules[" + i + "].targets[" + j + "].metric",
                            "a target's metric has a clock rule in clocks",
                            t.metric());
                }
                if (t.ladder() != null && !ladders.containsKey(t.ladder())) {
                    throw new InvalidInputException(
                            "rules[" + i + "].targets[" + j + "].ladder",
                            "names a ladder of the policy; known are " + ladders.keySet(),
                            t.ladder());
                }
            }
        }
        return List.copyOf(rules);
    }

    /**
     * "357" of seed 000 (Jingkou): answer a resident within 3 hours, resolve within 5 working days,
     * hard (tough-whistle) matters within 7; with tighter limits for matters routed in emergency mode.
     * The resource {@code 357.json} next to this class; its rules are listed in the module README.
     */
    public static SlaPolicy the357() {
        return Shipped.THE_357;
    }

    /** The clock rule of {@code metric}, or {@code null}. */
    ClockRule clockRule(Metric metric) {
        for (int i = 0; i < clocks.size(); i++) { // asked per command: no iterator
            ClockRule c = clocks.get(i);
            if (c.metric() == metric) {
                return c;
            }
        }
        return null;
    }

    /** The target of {@code metric} for a matter with these facts, by the first matching rule; {@code null} if none. */
    Selection select(Metric metric, MatterFacts facts) {
        for (SlaRule rule : rules) {
            if (rule.when().matches(facts)) {
                Target t = rule.target(metric);
                if (t != null) {
                    return new Selection(rule.id(), t, version);
                }
            }
        }
        return null;
    }

    /** The steps of ladder {@code id}; empty for {@code null}. */
    List<LadderStep> ladder(String ladderId) {
        return ladderId == null ? List.of() : ladders.getOrDefault(ladderId, List.of());
    }

    /** The rule and target chosen for one metric of one matter, and the policy version. */
    record Selection(String rule, Target target, int policyVersion) {}

    private static final class Shipped {
        static final SlaPolicy THE_357 = load("357.json");

        static SlaPolicy load(String name) {
            try (InputStream in = SlaPolicy.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                return GridJson.mapper().readValue(in, SlaPolicy.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
