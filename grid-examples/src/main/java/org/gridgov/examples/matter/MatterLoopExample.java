package org.gridgov.examples.matter;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.MatterListener;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.Severity;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.responsibility.Responsibility;
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

    /** Walks the matter from {@code start}, printing each step and then the history; returns the closed matter. */
    public static Matter run(PrintWriter out, Instant start) {
        return run(out, start, Location.of(GRID), GridResolver.NONE, (m, t) -> {});
    }

    /**
     * The same walk for a report made at {@code location}, which {@code resolver} places in a grid
     * when it is a coordinate, with {@code also} hearing every transition (an SLA scheduler, say).
     * The office's clock starts at {@code start} and moves with the story; each step is one
     * {@code handle} and one {@code tick} (which delivers the outbox to the printer).
     */
    public static Matter run(
            PrintWriter out, Instant start, Location location, GridResolver resolver, MatterListener also) {
        ManualClock clock = ManualClock.of(start, ZONE);
        GridOffice[] self = new GridOffice[1];
        GridOffice office = GridOffice.builder(clock)
                .plan(plan(), roster())
                .resolver(resolver)
                .listener(e -> {
                    if (e.kind() == OfficeEvent.Kind.TRANSITION) {
                        out.println("  " + local(e.transition()));
                        also.onTransition(self[0].matter(e.matter()), e.transition());
                    }
                })
                .build();
        self[0] = office;

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
                "gw-hejianong-1");
        office.tick();
        out.println("  responsible: " + local(m.responsibility()));

        m = step(office, clock, Command.on(m, Action.REGISTER, "community:hejianong"), 20);
        out.println("  routed: " + m.routing().orElseThrow().whistle() + " whistle, handled at "
                + m.routing().orElseThrow().level());
        m = step(
                office,
                clock,
                Command.on(m, Action.DISPATCH, "community:hejianong").assigning(Assignment.to("gw-hejianong-2")),
                10);
        m = step(office, clock, Command.on(m, Action.ACCEPT, "gw-hejianong-2"), 15);
        out.println("The worker returns it (回退), thinking the pipe is the property company's:");
        m = step(office, clock, Command.on(m, Action.RETURN, "gw-hejianong-2").because("污水管属小区物业"), 30);
        out.println("  responsible: " + local(m.responsibility()));
        out.println("The community re-dispatches with the property company as co-handler (designated):");
        m = step(
                office,
                clock,
                Command.on(m, Action.DISPATCH, "community:hejianong")
                        .assigning(Assignment.to("gw-hejianong-2", "property:qinshi")),
                20);
        m = step(office, clock, Command.on(m, Action.ACCEPT, "gw-hejianong-2"), 10);
        m = step(office, clock, Command.on(m, Action.START, "gw-hejianong-2"), 30);
        m = step(office, clock, Command.on(m, Action.RESOLVE, "gw-hejianong-2").because("疏通管道, 清理现场"), 120);
        out.println("The on-site check finds it not done (返工):");
        m = step(
                office,
                clock,
                Command.on(m, Action.REWORK, "community:hejianong").because("现场仍有异味"),
                30);
        m = step(office, clock, Command.on(m, Action.RESOLVE, "gw-hejianong-2").because("更换破损管段"), 60);
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
                        org.gridgov.core.staff.Assignment.of("gw-hejianong-1", GRID, Role.FULL_TIME_WORKER),
                        org.gridgov.core.staff.Assignment.of("gw-hejianong-2", GRID, Role.FULL_TIME_WORKER)));
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
