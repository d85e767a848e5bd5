package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.sla.ClockRule;
import org.gridgov.workflow.sla.ClockStatus;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.sla.SlaRule;
import org.gridgov.workflow.sla.Target;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.TimeLimit;
import org.gridgov.workflow.time.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 (Nantong): "树立信息搜集、处置、反应闭环机制" - collect, dispose, and respond: the loop closes
 * only when the result is fed back (反馈) to whoever reported it. Feeding back is a recorded step of
 * its own ({@link Action#INFORM_REPORTER}) with its own time limit (metric {@link Metric#FEEDBACK}),
 * here 1 working day from the resolution, as in {@code grid-examples/samples/feedback/sla-357-feedback.json}.
 */
class FeedbackToTheReporterTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00"); // a Monday

    /** "357" plus the feedback clock and rule of the sample file. */
    static SlaPolicy withFeedback() {
        SlaPolicy p = SlaPolicy.the357();
        List<ClockRule> clocks = new ArrayList<>(p.clocks());
        clocks.add(new ClockRule(
                Metric.FEEDBACK,
                Set.of(Action.RESOLVE),
                Set.of(),
                Set.of(),
                Set.of(Action.INFORM_REPORTER, Action.REJECT),
                Set.of(Action.REWORK),
                Set.of()));
        List<SlaRule> rules = new ArrayList<>();
        rules.add(new SlaRule(
                "feedback", null, List.of(new Target(Metric.FEEDBACK, TimeLimit.parse("1wd"), "response", null))));
        rules.addAll(p.rules());
        return new SlaPolicy(
                p.format(), "357-feedback", 1, p.description(), clocks, p.thresholds(), p.ladders(), rules);
    }

    private GridOffice office() {
        return District.office(clock)
                .policies(Policies.defaults().withSla(withFeedback()))
                .build();
    }

    private Matter resolved(GridOffice office) {
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        for (Action a : List.of(Action.ACCEPT, Action.START, Action.RESOLVE)) {
            clock.advance(Duration.ofMinutes(30));
            m = office.handle(Command.on(m, a, "gw-1"));
        }
        return m;
    }

    private static SlaClock feedback(GridOffice office, Matter m) {
        return office.clocks(m.id()).stream()
                .filter(c -> c.metric() == Metric.FEEDBACK)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void feedingBackWithinItsLimitIsRecordedAndStopsItsClock() {
        GridOffice office = office();
        Matter m = resolved(office);
        Instant resolvedAt = m.updatedAt();
        assertThat(feedback(office, m).due()).isEqualTo(office.calendar().deadline(resolvedAt, new WorkingDays(1)));

        clock.advance(Duration.ofHours(3));
        m = office.handle(Command.on(m, Action.INFORM_REPORTER, "gw-1"));
        assertThat(m.state()).isEqualTo(State.RESOLVED);
        Transition last = office.history(m.id()).transitions().get((int) m.version() - 1);
        assertThat(last.action()).isEqualTo(Action.INFORM_REPORTER);
        assertThat(last.actor()).isEqualTo("gw-1");
        assertThat(feedback(office, m).status()).isEqualTo(ClockStatus.STOPPED);

        clock.advance(Duration.ofDays(3));
        office.tick();
        assertThat(office.history(m.id()).transitions())
                .noneMatch(t -> t.step() != null && t.step().metric().equals("FEEDBACK"));
    }

    @Test
    void feedbackNotGivenInTimeBreachesItsOwnLimitAndNotifiesTheCommunityHead() {
        GridOffice office = office();
        Matter m = resolved(office);
        Instant due = office.calendar().deadline(m.updatedAt(), new WorkingDays(1));

        clock.advance(Duration.ofDays(2));
        office.tick();
        List<Transition> breaches = office.history(m.id()).transitions().stream()
                .filter(t -> t.action() == Action.BREACH && t.step().metric().equals("FEEDBACK"))
                .toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).step().dueAt()).isEqualTo(due);
        assertThat(office.history(m.id()).transitions())
                .anyMatch(
                        t -> t.action() == Action.NOTIFY && t.step().key().equals("FEEDBACK/1/notify-community-head"));
    }

    @Test
    void feedbackComesAfterTheResolutionNotBefore() {
        GridOffice office = office();
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        Matter reported = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        assertThatThrownBy(() -> office.handle(Command.on(reported, Action.INFORM_REPORTER, "gw-1")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(office.clocks(reported.id())).noneMatch(c -> c.metric() == Metric.FEEDBACK);
    }
}
