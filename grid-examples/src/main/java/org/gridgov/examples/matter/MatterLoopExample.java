package org.gridgov.examples.matter;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.office.OfficeListener;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.time.ManualClock;

/**
 * One matter through the whole closed loop, printed step by step: sewage overflowing in a
 * compound, reported in the neighbourhood WeChat group (seed 003), handled inside its grid
 * ("small matters do not leave the grid", seed 000), returned once by a worker who thinks it is
 * the property company's, re-dispatched, resolved, sent back for rework after the on-site check,
 * resolved again, verified and closed. It runs on the {@link GridOffice}, the front door a district's
 * backend uses.
 *
 * <p>Run it: {@code java -cp grid-examples/target/grid.jar org.gridgov.examples.matter.MatterLoopExample}.
 */
public final class MatterLoopExample {
    /** The grid of the example: 贺家弄社区 first grid in the sample plan. */
    public static final AreaCode GRID = AreaCode.parse("321102001001001");

    /** The district's time zone: every time is printed in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MatterLoopExample() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        run(out, ZonedDateTime.of(2026, 2, 10, 9, 0, 0, 0, ZONE).toInstant());
        out.flush();
    }

    /** Walks the matter from {@code start} on an office of its own, printing each step and then the history; returns the closed matter. */
    public static Matter run(PrintWriter out, Instant start) {
        ManualClock clock = ManualClock.of(start, ZONE);
        try (GridOffice office = GridOffice.builder(clock)
                .plan(plan(), roster())
                .listener(printer(out))
                .build()) {
            return walk(out, office, clock, Location.of(GRID), "gw-hejianong-1", "gw-hejianong-2");
        }
    }

    /** An office listener that prints every committed transition in the district's zone. */
    public static OfficeListener printer(PrintWriter out) {
        return e -> {
            if (e.kind() == OfficeEvent.Kind.TRANSITION) {
                out.println("  " + local(e.transition()));
            }
        };
    }

    /**
     * The walk on a host's office, for a report made at {@code location}: {@code receiver} takes it,
     * {@code worker} is dispatched (both on the office's roster). {@code clock} is the office's and
     * moves with the story, which takes under six and a half hours with a lunch break: started at
     * 09:30 on a working day, every step is in working hours. Each step is one {@code handle} and
     * one {@code tick} (which delivers the outbox to the office's listeners).
     */
    public static Matter walk(
            PrintWriter out, GridOffice office, ManualClock clock, Location location, String receiver, String worker) {
        out.println("A resident posts in the WeChat group; the grid worker on duty takes it (first-asked):");
        Matter m = office.report(
                MatterReport.builder()
                        .channel(SourceChannel.WECHAT_GROUP)
                        .category("SANITATION")
                        .location(location)
                        .severity(Severity.LOW)
                        .reporter(new Reporter("施元冲", "13800001234"))
                        .description("小区污水外溢,有刺鼻异味")
                        .addAttachments("wechat://group/qinshi/msg/1")
                        .build(),
                receiver);
        office.tick();
        out.println("  responsible: " + local(m.responsibility()));

        m = step(office, clock, Command.on(m, Action.REGISTER, "community:hejianong"), 20);
        out.println("  routed: " + m.routing().orElseThrow().whistle() + " whistle, handled at "
                + m.routing().orElseThrow().level());
        m = step(
                office,
                clock,
                Command.on(m, Action.DISPATCH, "community:hejianong").assigning(Assignment.to(worker)),
                10);
        m = step(office, clock, Command.on(m, Action.ACCEPT, worker), 15);
        out.println("The worker returns it (回退), thinking the pipe is the property company's:");
        m = step(office, clock, Command.on(m, Action.RETURN, worker).because("污水管属小区物业"), 30);
        out.println("  responsible: " + local(m.responsibility()));
        out.println("The community re-dispatches with the property company as co-handler (designated):");
        m = step(
                office,
                clock,
                Command.on(m, Action.DISPATCH, "community:hejianong")
                        .assigning(Assignment.to(worker, "property:qinshi")),
                20);
        m = step(office, clock, Command.on(m, Action.ACCEPT, worker), 10);
        m = step(office, clock, Command.on(m, Action.START, worker), 30);
        m = step(office, clock, Command.on(m, Action.RESOLVE, worker).because("疏通管道, 清理现场"), 120);
        out.println("The on-site check finds it not done (返工):");
        m = step(
                office,
                clock,
                Command.on(m, Action.REWORK, "community:hejianong").because("现场仍有异味"),
                30);
        m = step(office, clock, Command.on(m, Action.RESOLVE, worker).because("更换破损管段"), 60);
        m = step(office, clock, Command.on(m, Action.VERIFY, "community:hejianong"), 30);
        m = step(office, clock, Command.on(m, Action.CLOSE, "community:hejianong"), 10);

        out.println("History of " + m.id() + " (replayed: "
                + office.history(m.id()).replay().equals(m) + "):");
        for (Transition t : office.history(m.id()).transitions()) {
            out.println("  " + local(t));
        }
        out.println("Reporter as printed anywhere: " + m.report().reporter());
        return m;
    }

    private static Matter step(GridOffice office, ManualClock clock, Command command, int minutesLater) {
        clock.advance(Duration.ofMinutes(minutesLater));
        Matter m = office.handle(command);
        office.tick();
        return m;
    }

    /** 贺家弄社区 of 正东路街道, Jingkou, with the example's grid. */
    static GridPlan plan() {
        return GridPlan.of(
                1,
                List.of(
                        Area.of(AreaCode.parse("321102"), "京口区"),
                        Area.of(AreaCode.parse("321102001"), "正东路街道"),
                        Area.of(GRID.parent(), "贺家弄社区"),
                        Area.of(GRID, "贺家弄第1网格")),
                List.of());
    }

    /** The grid's two workers. */
    static Roster roster() {
        return Roster.of(
                List.of(
                        Person.builder().id("gw-hejianong-1").name("网格员甲").build(),
                        Person.builder().id("gw-hejianong-2").name("网格员乙").build()),
                List.of(
                        org.gridgov.core.staff.Posting.of("gw-hejianong-1", GRID, Role.FULL_TIME_WORKER),
                        org.gridgov.core.staff.Posting.of("gw-hejianong-2", GRID, Role.FULL_TIME_WORKER)));
    }

    /** The transition's line with its instant in the district's zone instead of UTC. */
    private static String local(Transition t) {
        return t.toString().replace(" " + t.at() + " ", " " + local(t.at()) + " ");
    }

    private static String local(Responsibility r) {
        return r.explain().replace(" at " + r.since(), " at " + local(r.since()));
    }

    private static String local(Instant t) {
        return t.atZone(ZONE).toOffsetDateTime().toString();
    }
}
