package org.gridgov.workflow.sla;

import java.util.ArrayList;
import java.util.List;

/** Variants of the shipped policy for tests. */
final class Policies {
    private Policies() {}

    /** "357" with the routine resolution limit replaced and the version raised. */
    static SlaPolicy the357WithRoutine(String limit, int version) {
        SlaPolicy p = SlaPolicy.the357();
        List<SlaRule> rules = new ArrayList<>();
        for (SlaRule r : p.rules()) {
            if (r.id().equals("routine")) {
                List<Target> targets = new ArrayList<>();
                for (Target t : r.targets()) {
                    targets.add(
                            t.metric() == Metric.RESOLUTION
                                    ? new Target(
                                            t.metric(),
                                            org.gridgov.workflow.time.TimeLimit.parse(limit),
                                            t.ladder(),
                                            t.extension())
                                    : t);
                }
                r = new SlaRule(r.id(), r.when(), targets);
            }
            rules.add(r);
        }
        return new SlaPolicy(
                p.format(), p.id(), version, p.description(), p.clocks(), p.thresholds(), p.ladders(), rules);
    }
}
