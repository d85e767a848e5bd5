package org.gridgov.workflow.sla;

import java.util.List;
import java.util.function.Supplier;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;

/**
 * The clocks of one matter and the facts its rules look at. Mutable; guarded by the
 * {@link SlaScheduler}'s lock.
 */
final class MatterClocks {
    private static final Metric[] METRICS = Metric.values();

    final MatterId id;
    MatterFacts facts;
    long version;
    final MetricClock[] clocks = new MetricClock[METRICS.length];

    MatterClocks(MatterId id, MatterFacts facts) {
        this.id = id;
        this.facts = facts;
    }

    MetricClock clock(Metric metric) {
        return clocks[metric.ordinal()];
    }

    /** Folds one transition; returns a bit set (by metric ordinal) of the clocks that changed. */
    int apply(Transition t, SlaPolicy policy, WorkingCalendar cal) {
        version = t.version();
        int changed = 0;
        if (t.routing() != null) {
            facts = new MatterFacts(
                    facts.category(),
                    facts.severity(),
                    t.routing().whistle(),
                    t.routing().mode(),
                    facts.channel());
            Supplier<String> cause = () -> t.action() + " routed " + t.routing().whistle() + " in "
                    + t.routing().mode() + " mode";
            for (MetricClock c : clocks) {
                if (c != null && c.retarget(policy, facts, cal, t.at(), cause)) {
                    changed |= 1 << c.metric.ordinal();
                }
            }
        }
        List<ClockRule> rules = policy.clocks();
        for (int i = 0; i < rules.size(); i++) { // on every transition: no iterator
            ClockRule rule = rules.get(i);
            MetricClock c = clocks[rule.metric().ordinal()];
            if (c == null) {
                c = new MetricClock(rule.metric());
            }
            if (c.apply(rule, t.action(), t.at(), policy, facts, cal)) {
                clocks[rule.metric().ordinal()] = c;
                changed |= 1 << rule.metric().ordinal();
            }
        }
        return changed;
    }
}
