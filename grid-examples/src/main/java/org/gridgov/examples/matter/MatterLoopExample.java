package org.gridgov.examples.matter;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterEngine;
import org.gridgov.workflow.engine.MatterListener;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.ManualClock;

/**
 * One matter through the whole closed loop, printed step by step: sewage overflowing in a
 * compound, reported in the neighbourhood WeChat group (seed 003), handled inside its grid
 * ("small matters do not leave the grid", seed 000), returned once by a worker who thinks it is
 * the property company's, re-dispatched, resolved, sent back for rework after the on-site check,
 * resolved again, verified and closed.
 *
 * <p>Run it: {@code java -cp grid-examples/target/grid.jar org.gridgov.examples.matter.MatterLoopExample}.
 */
public final class MatterLoopExample {
    /** The grid of the example: 贺家弄社区 first grid in the sample plan. */
    public static final AreaCode GRID = AreaCode.parse("321102001001001");

    private MatterLoopExample() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(
                out,
                ZonedDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        out.flush();
    }

    /** Walks the matter from {@code start}, printing each step and then the history; returns the closed matter. */
    public static Matter run(PrintWriter out, Instant start) {
        return run(out, start, Location.of(GRID), GridResolver.NONE, (m, t) -> {});
    }

    /**
     * The same walk for a report made at {@code location}, which {@code resolver} places in a grid
     * when it is a coordinate, with {@code also} hearing every transition (an SLA scheduler, say).
     * The engine's clock starts at {@code start} and moves with the story.
     */
    public static Matter run(
            PrintWriter out, Instant start, Location location, GridResolver resolver, MatterListener also) {
        ManualClock clock = ManualClock.of(start, ZoneId.of("Asia/Shanghai"));
        MatterEngine engine = MatterEngine.builder(clock)
                .resolver(resolver)
                .listener((m, t) -> out.println("  " + t))
                .listener(also)
                .build();

        out.println("A resident posts in the WeChat group; the grid worker on duty takes it (first-asked):");
        Matter m = engine.report(
                MatterReport.builder()
                        .channel(SourceChannel.WECHAT_GROUP)
                        .category("SANITATION")
                        .location(location)
                        .severity(Severity.LOW)
                        .reporter(new Reporter("施元冲", "13800001234"))
                        .description("小区污水外溢,有刺鼻异味")
                        .addAttachments("wechat://group/qinshi/msg/1")
                        .build(),
                "gw-hejianong-1");
        out.println("  responsible: " + m.responsibility().explain());

        m = step(engine, clock, Command.on(m, Action.REGISTER, "community:hejianong"), 20);
        out.println("  routed: " + m.routing().orElseThrow().whistle() + " whistle, handled at "
                + m.routing().orElseThrow().level());
        m = step(
                engine,
                clock,
                Command.on(m, Action.DISPATCH, "community:hejianong").assigning(Assignment.to("gw-hejianong-2")),
                10);
        m = step(engine, clock, Command.on(m, Action.ACCEPT, "gw-hejianong-2"), 15);
        out.println("The worker returns it (回退), thinking the pipe is the property company's:");
        m = step(engine, clock, Command.on(m, Action.RETURN, "gw-hejianong-2").because("污水管属小区物业"), 30);
        out.println("  responsible: " + m.responsibility().explain());
        out.println("The community re-dispatches with the property company as co-handler (designated):");
        m = step(
                engine,
                clock,
                Command.on(m, Action.DISPATCH, "community:hejianong")
                        .assigning(Assignment.to("gw-hejianong-2", "property:qinshi")),
                20);
        m = step(engine, clock, Command.on(m, Action.ACCEPT, "gw-hejianong-2"), 10);
        m = step(engine, clock, Command.on(m, Action.START, "gw-hejianong-2"), 30);
        m = step(engine, clock, Command.on(m, Action.RESOLVE, "gw-hejianong-2").because("疏通管道, 清理现场"), 180);
        out.println("The on-site check finds it not done (返工):");
        m = step(
                engine,
                clock,
                Command.on(m, Action.REWORK, "community:hejianong").because("现场仍有异味"),
                60);
        m = step(engine, clock, Command.on(m, Action.RESOLVE, "gw-hejianong-2").because("更换破损管段"), 240);
        m = step(engine, clock, Command.on(m, Action.VERIFY, "community:hejianong"), 60);
        m = step(engine, clock, Command.on(m, Action.CLOSE, "community:hejianong"), 10);

        out.println("History of " + m.id() + " (replayed: "
                + engine.history(m.id()).replay().equals(m) + "):");
        for (Transition t : engine.history(m.id()).transitions()) {
            out.println("  " + t);
        }
        out.println("Reporter as printed anywhere: " + m.report().reporter());
        return m;
    }

    private static Matter step(MatterEngine engine, ManualClock clock, Command command, int minutesLater) {
        clock.advance(Duration.ofMinutes(minutesLater));
        return engine.handle(command);
    }
}
