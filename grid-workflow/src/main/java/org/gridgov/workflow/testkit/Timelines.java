package org.gridgov.workflow.testkit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.sla.ClockEntry;
import org.gridgov.workflow.sla.SlaClock;

/**
 * A matter's history and clock timelines as text, in the calendar's zone: what a failed policy test
 * prints. Reasons and report texts are left out as personal data. Stateless beyond the office.
 */
final class Timelines {
    private final GridOffice office;

    Timelines(GridOffice office) {
        this.office = office;
    }

    String of(MatterId id) {
        ZoneId zone = office.calendar().zone();
        Matter m = office.matter(id);
        StringBuilder s = new StringBuilder()
                .append(id)
                .append(' ')
                .append(m.category().code())
                .append(" at ")
                .append(m.area())
                .append(", ")
                .append(m.state())
                .append(m.routing()
                        .map(r -> ", " + r.level() + " (" + r.whistle() + ")")
                        .orElse(""))
                .append(", led by ")
                .append(m.responsibility().owner())
                .append('\n');
        for (Transition t : office.history(id).transitions()) {
            s.append("  ")
                    .append(local(t.at(), zone))
                    .append(' ')
                    .append(t.action())
                    .append(" by ")
                    .append(t.actor());
            if (t.step() != null) {
                s.append(' ')
                        .append(t.step().key())
                        .append(" due ")
                        .append(local(t.step().dueAt(), zone));
            }
            if (t.routing() != null) {
                s.append(" -> ").append(t.routing().level());
            }
            s.append('\n');
        }
        for (SlaClock c : office.clocks(id)) {
            s.append("  ")
                    .append(c.metric())
                    .append(": ")
                    .append(c.status())
                    .append(", rule ")
                    .append(c.rule())
                    .append(' ')
                    .append(c.target())
                    .append(c.due() == null ? "" : ", due " + local(c.due(), zone))
                    .append('\n');
            for (ClockEntry e : c.timeline()) {
                s.append("    ")
                        .append(local(e.at(), zone))
                        .append(' ')
                        .append(e.kind())
                        .append(' ')
                        .append(e.detail())
                        .append('\n');
            }
        }
        return s.toString();
    }

    String all(List<MatterId> ids) {
        StringBuilder s = new StringBuilder();
        for (MatterId id : ids) {
            s.append(of(id));
        }
        return s.toString();
    }

    static String local(Instant t, ZoneId zone) {
        return t.atZone(zone).toOffsetDateTime().toString();
    }
}
