package org.gridgov.workflow.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Supervision;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;

/**
 * Expectations on one matter as it stood when {@link PolicyKit#assertThat} was called, AssertJ
 * style: each returns {@code this}, each failure is an {@link AssertionError} naming the matter,
 * the expectation and the actual value, followed by the matter's timeline. Steps are named as the
 * history records them: {@code METRIC/CYCLE/STEP_ID} with the step a light ({@code YELLOW}),
 * {@code BREACH} or a ladder step's id. Not thread-safe.
 */
public final class MatterAssert {
    private final PolicyKit kit;
    private final Matter matter;

    MatterAssert(PolicyKit kit, Matter matter) {
        this.kit = kit;
        this.matter = matter;
    }

    /** The matter is in this state. */
    public MatterAssert isIn(State expected) {
        return check(matter.state() == expected, "state " + expected, matter.state());
    }

    /** The matter is handled at this level. */
    public MatterAssert isRoutedTo(HandlingLevel expected) {
        return check(
                matter.routing().map(r -> r.level() == expected).orElse(false),
                "routed to " + expected,
                matter.routing().map(r -> r.level() + " by rule " + r.rule()).orElse("not routed"));
    }

    /** The matter is under this whistle. */
    public MatterAssert hasWhistle(Whistle expected) {
        return check(
                matter.routing().map(r -> r.whistle() == expected).orElse(false),
                "whistle " + expected,
                matter.routing().map(r -> r.whistle()).orElse(null));
    }

    /** The matter is led by this party (a person id or {@code role@area}). */
    public MatterAssert isLedBy(String party) {
        return check(
                matter.responsibility().owner().equals(party),
                "led by " + party,
                matter.responsibility().owner());
    }

    /** The metric's clock of the current cycle is due at this instant. */
    public MatterAssert isDue(Metric metric, String time) {
        Instant expected = PolicyKit.time("due", time);
        SlaClock c = clock(metric);
        return check(Objects.equals(c.due(), expected), metric + " due " + local(expected), local(c.due()));
    }

    /** The metric's clock runs under this rule and limit ({@code 5wd}). */
    public MatterAssert hasTarget(Metric metric, String rule, String limit) {
        SlaClock c = clock(metric);
        return check(
                c.rule().equals(rule) && c.target().toString().equals(limit),
                metric + " under rule " + rule + " " + limit,
                "rule " + c.rule() + " " + c.target());
    }

    /** The step ({@code YELLOW}, {@code BREACH}, a ladder step's id) of the metric fired once, falling due at {@code time}. */
    public MatterAssert hasFired(Metric metric, String step, String time) {
        Instant expected = PolicyKit.time("time", time);
        List<Instant> at = fired(metric, step);
        return check(
                at.size() == 1 && at.get(0).equals(expected),
                metric + " " + step + " fired once at " + local(expected),
                at.isEmpty() ? "not fired" : at.stream().map(this::local).toList());
    }

    /** The step of the metric has not fired. */
    public MatterAssert hasNotFired(Metric metric, String step) {
        List<Instant> at = fired(metric, step);
        return check(
                at.isEmpty(),
                metric + " " + step + " not fired",
                at.stream().map(this::local).toList());
    }

    /** Exactly these steps of the metric fired, in this order. */
    public MatterAssert hasFiredExactly(Metric metric, String... steps) {
        List<String> actual = steps(metric);
        return check(actual.equals(List.of(steps)), metric + " steps " + List.of(steps), actual);
    }

    /** The matter has these supervision cards, in order ({@code YELLOW_CARD}, {@code RED_CARD}). */
    public MatterAssert hasCards(Action... cards) {
        List<Action> actual =
                matter.supervisions().stream().map(Supervision::card).toList();
        return check(actual.equals(List.of(cards)), "cards " + List.of(cards), actual);
    }

    private List<String> steps(Metric metric) {
        return kit.office().history(matter.id()).transitions().stream()
                .filter(t -> t.step() != null && t.step().metric().equals(metric.name()))
                .map(t -> t.step().stepId())
                .toList();
    }

    private List<Instant> fired(Metric metric, String step) {
        return kit.office().history(matter.id()).transitions().stream()
                .map(Transition::step)
                .filter(s -> s != null
                        && s.metric().equals(metric.name())
                        && s.stepId().equals(step))
                .map(s -> s.dueAt())
                .toList();
    }

    private SlaClock clock(Metric metric) {
        return kit.office().clocks(matter.id()).stream()
                .filter(c -> c.metric() == metric)
                .findFirst()
                .orElseThrow(() -> failure(metric + " clock", "none"));
    }

    private String local(Instant t) {
        return t == null ? null : Timelines.local(t, kit.office().calendar().zone());
    }

    private MatterAssert check(boolean ok, String expected, Object actual) {
        if (!ok) {
            throw failure(expected, actual);
        }
        return this;
    }

    private AssertionError failure(String expected, Object actual) {
        return new AssertionError(matter.id() + ": expected " + expected + " but was " + actual + "\nnow "
                + local(kit.now()) + "; timeline:\n" + kit.timeline(matter.id()));
    }
}
