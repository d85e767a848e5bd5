package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.sla.ClockEntry;
import org.gridgov.workflow.sla.SlaClock;

/**
 * Prints SLA clocks as timelines in the calendar's local time, one block per metric. A clock whose
 * deadline rests on provisional calendar days says so on its summary line with the word
 * {@code provisional} and the years, as {@code grid sla deadline} does.
 */
final class ClockTimeline {
    private ClockTimeline() {}

    static void print(PrintWriter out, WorkingCalendar cal, List<SlaClock> clocks) {
        for (SlaClock c : clocks) {
            out.println();
            out.println(c.metric() + " (" + c.metric().chineseName() + ")");
            for (ClockEntry e : c.timeline()) {
                StringBuilder s = new StringBuilder("  ")
                        .append(local(cal, e.at()))
                        .append(' ')
                        .append(String.format("%-9s", e.kind()))
                        .append(" #")
                        .append(e.cycle());
                if (!e.detail().isEmpty()) {
                    s.append(' ').append(e.detail());
                }
                if (e.previousDue() != null) {
                    s.append("; due ")
                            .append(local(cal, e.previousDue()))
                            .append(" -> ")
                            .append(e.due() == null ? "when resumed" : local(cal, e.due()));
                } else if (e.due() != null && e.kind() != ClockEntry.Kind.STOP) {
                    s.append("; due ").append(local(cal, e.due()));
                }
                out.println(s);
            }
            out.println(
                    "  = " + c.status() + " cycle " + c.cycle() + ", target " + c.target() + " (rule " + c.rule() + ")"
                            + (c.due() == null ? "" : ", due " + local(cal, c.due())) + ", elapsed " + c.elapsed()
                            + ", remaining " + c.remaining()
                            + ", pauses " + c.pauses().size()
                            + (c.provisional()
                                    ? ", provisional (rests on the provisional " + c.provisionalYears() + " calendar)"
                                    : ""));
        }
    }

    static String local(WorkingCalendar cal, Instant t) {
        return t.atZone(cal.zone()).toOffsetDateTime().toString();
    }
}
