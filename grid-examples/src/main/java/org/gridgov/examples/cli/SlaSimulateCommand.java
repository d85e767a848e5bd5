package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.sla.SlaEvent;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.sla.SlaScheduler;
import org.gridgov.workflow.time.ManualClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid sla simulate --policy FILE --events FILE}: replays one matter's events through an SLA
 * policy and prints every clock's timeline (starts, pauses, resumes, recomputations, warnings,
 * breaches, ladder steps, stops, with due instants), then each clock as of the end.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a matter's events (grid-sla-events/1) through an SLA policy (grid-sla/1)",
            "and prints every clock's timeline, on the mainland-China working calendar."
        })
final class SlaSimulateCommand implements Callable<Integer> {
    @Option(
            names = "--policy",
            required = true,
            paramLabel = "FILE",
            converter = InputPaths.ReadableFile.class,
            description = "an SLA policy, e.g. samples/sla-357.json")
    Path policy;

    @Option(
            names = "--events",
            required = true,
            paramLabel = "FILE",
            converter = InputPaths.ReadableFile.class,
            description = "a matter's events, e.g. samples/sla-events-suspended.json")
    Path events;

    @Mixin
    CalendarOptions calendarOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SlaPolicy sla = PolicyJson.sla(policy);
        SimulationEvents script = PolicyJson.read(events, SimulationEvents.class);
        WorkingCalendar cal = calendarOptions.calendar();
        ManualClock clock = ManualClock.of(script.events().get(0).at().toInstant(), cal.zone());
        SlaScheduler scheduler =
                SlaScheduler.builder(clock).policy(sla).calendar(cal).build();
        MatterId id = MatterId.of(script.matter().id());
        List<SlaEvent> fired = new ArrayList<>();
        long version = 1;
        for (SimulationEvents.Event e : script.events()) {
            clock.set(e.at().toInstant());
            // steps due by now fire first, under the target they fell due under, as the office does
            fired.addAll(scheduler.fireDue());
            scheduler.observe(script.matter().category(), script.matter().severity(), transition(id, version++, e));
        }
        clock.set(script.until().toInstant());
        fired.addAll(scheduler.fireDue());
        print(spec.commandLine().getOut(), sla, cal, script, scheduler.clocks(id), fired.size());
        return Grid.CLEAN;
    }

    private static Transition transition(MatterId id, long version, SimulationEvents.Event e) {
        Routing routing = null;
        if (e.routes()) {
            Whistle w = e.whistle() == null ? Whistle.ROUTINE : e.whistle();
            HandlingLevel level = w == Whistle.ROUTINE
                    ? HandlingLevel.GRID
                    : w == Whistle.JOINT ? HandlingLevel.STREET : HandlingLevel.DISTRICT;
            routing = new Routing(level, "events file", e.mode() == null ? Mode.NORMAL : e.mode());
        }
        return new Transition(
                id,
                version,
                e.action(),
                null,
                org.gridgov.workflow.matter.State.REPORTED,
                "simulator",
                e.at().toInstant(),
                e.reason(),
                null,
                routing);
    }

    private static void print(
            PrintWriter out,
            SlaPolicy sla,
            WorkingCalendar cal,
            SimulationEvents script,
            List<SlaClock> clocks,
            int fired) {
        out.println("policy " + sla.id() + " v" + sla.version() + "; " + cal);
        out.println("matter " + script.matter().id() + " " + script.matter().category() + " "
                + script.matter().severity() + "; " + script.events().size() + " events; until "
                + ClockTimeline.local(cal, script.until().toInstant()));
        ClockTimeline.print(out, cal, clocks);
        out.println();
        out.println(fired + " warnings, breaches and ladder steps fired");
    }
}
