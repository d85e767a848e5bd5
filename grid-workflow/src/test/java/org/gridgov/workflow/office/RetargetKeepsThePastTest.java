package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.sla.ClockEntry;
import org.gridgov.workflow.sla.MatterSla;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 (and 16): re-targeting keeps the past. Under "357", a sanitation matter reported Monday
 * 2026-03-02 09:00 at a grid is due in 5 working days, Monday 03-09 09:00, and breaches then. A
 * person escalating it to the street afterwards puts it under the joint whistle (7 working days,
 * due 03-11 09:00, and the joint ladder): the breach that fired stays fired and in the timeline as
 * it fired, the matter stays overdue, and the joint ladder continues from there: the street head's
 * notice, the yellow card a working day after the breach, the red card three. Escalating to the
 * district (the tough whistle, a shorter ladder) after the yellow card fired fires the red card at
 * once, never a second yellow card.
 */
class RetargetKeepsThePastTest {
    private static final Set<ClockEntry.Kind> FIRED =
            EnumSet.of(ClockEntry.Kind.WARNING, ClockEntry.Kind.BREACH, ClockEntry.Kind.LADDER);

    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
    private final GridOffice office = District.office(clock).build();

    @Test
    void escalationToTheJointWhistleAfterTheBreachContinuesTheJointLadderFromTheBreach() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        clock.set(at("2026-03-09T14:00+08:00"));
        office.tick();
        long v = office.matter(id).version();
        office.handle(Command.of(id, v, Action.ESCALATE, "gw-1").because("needs the community"));
        office.handle(Command.of(id, v + 1, Action.ESCALATE, "community-head").because("needs the street"));
        assertThat(office.matter(id).routing().orElseThrow().level()).isEqualTo(HandlingLevel.STREET);

        SlaClock joint = resolution(id);
        assertThat(joint.rule()).isEqualTo("joint");
        assertThat(joint.due()).isEqualTo(at("2026-03-11T09:00+08:00"));
        assertThat(joint.overdue())
                .as("a breach that fired stays, though 7wd end later")
                .isTrue();

        office.tick(); // the joint ladder's first step lies before the escalation: it falls due at it
        clock.set(at("2026-03-10T10:00+08:00"));
        office.tick();
        clock.set(at("2026-03-13T10:00+08:00"));
        office.tick();

        assertThat(systemSteps(id))
                .containsExactly(
                        "WARN RESOLUTION/1/YELLOW 2026-03-04T21:00+08:00",
                        "WARN RESOLUTION/1/ORANGE 2026-03-06T03:00+08:00",
                        "WARN RESOLUTION/1/RED 2026-03-09T09:00+08:00",
                        "BREACH RESOLUTION/1/BREACH 2026-03-09T09:00+08:00",
                        "NOTIFY RESOLUTION/1/notify-community-head 2026-03-09T09:00+08:00",
                        "NOTIFY RESOLUTION/1/notify-street-head 2026-03-09T14:00+08:00",
                        "YELLOW_CARD RESOLUTION/1/district-yellow-card 2026-03-10T09:00+08:00",
                        "RED_CARD RESOLUTION/1/district-red-card 2026-03-12T09:00+08:00");
        assertThat(firedEntries(resolution(id)))
                .as("the timeline shows exactly the steps that fired, when and under which target")
                .containsExactly(
                        "2026-03-04T21:00+08:00 WARNING YELLOW -> lead (rule routine 5wd, policy v1)",
                        "2026-03-06T03:00+08:00 WARNING ORANGE -> lead (rule routine 5wd, policy v1)",
                        "2026-03-09T09:00+08:00 WARNING RED -> lead (rule routine 5wd, policy v1)",
                        "2026-03-09T09:00+08:00 BREACH BREACH -> lead (rule routine 5wd, policy v1)",
                        "2026-03-09T09:00+08:00 LADDER notify-community-head -> community-head (rule routine 5wd, policy v1)",
                        "2026-03-09T14:00+08:00 LADDER notify-street-head -> street:head (rule joint 7wd, policy v1)",
                        "2026-03-10T09:00+08:00 LADDER district-yellow-card -> district:supervision (rule joint 7wd, policy v1)",
                        "2026-03-12T09:00+08:00 LADDER district-red-card -> district:supervision (rule joint 7wd, policy v1)");
        assertThat(office.timers(id)).isEmpty();
        assertReplayTellsTheSame(id);
    }

    @Test
    void escalationToTheShorterToughLadderAfterTheYellowCardFiresTheRedCardOnceAndNoSecondYellow() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        clock.set(at("2026-03-12T10:00+08:00"));
        office.tick(); // the routine ladder up to its yellow card; the system escalation took it to the street
        assertThat(office.matter(id).routing().orElseThrow().level()).isEqualTo(HandlingLevel.STREET);
        long v = office.matter(id).version();
        office.handle(Command.of(id, v, Action.ESCALATE, "street:office").because("needs the district"));
        assertThat(resolution(id).rule()).isEqualTo("tough");
        clock.set(at("2026-03-20T10:00+08:00"));
        office.tick();

        assertThat(systemSteps(id))
                .filteredOn(s -> s.contains("card"))
                .containsExactly(
                        "YELLOW_CARD RESOLUTION/1/district-yellow-card 2026-03-12T09:00+08:00",
                        "RED_CARD RESOLUTION/1/district-red-card 2026-03-12T10:00+08:00");
        assertThat(firedEntries(resolution(id)))
                .filteredOn(e -> e.contains("LADDER"))
                .containsExactly(
                        "2026-03-09T09:00+08:00 LADDER notify-community-head -> community-head (rule routine 5wd, policy v1)",
                        "2026-03-10T09:00+08:00 LADDER escalate-to-street -> street:office (rule routine 5wd, policy v1)",
                        "2026-03-12T09:00+08:00 LADDER district-yellow-card -> district:supervision (rule routine 5wd, policy v1)",
                        "2026-03-12T10:00+08:00 LADDER district-red-card -> district:supervision (rule tough 7wd, policy v1)");
        assertReplayTellsTheSame(id);
    }

    @Test
    void escalationBeforeTheBreachKeepsTheWarningsThatFiredAndMovesTheBreachToTheLongerTarget() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REGISTER, "disp-1"));
        clock.set(at("2026-03-05T10:00+08:00"));
        office.tick(); // YELLOW fired at 2.5 working days of 5
        long v = office.matter(id).version();
        office.handle(Command.of(id, v, Action.ESCALATE, "gw-1").because("needs the community"));
        office.handle(Command.of(id, v + 1, Action.ESCALATE, "community-head").because("needs the street"));
        assertThat(resolution(id).overdue()).isFalse();
        clock.set(at("2026-03-11T10:00+08:00"));
        office.tick();

        assertThat(systemSteps(id))
                .containsExactly(
                        "WARN RESOLUTION/1/YELLOW 2026-03-04T21:00+08:00",
                        "WARN RESOLUTION/1/ORANGE 2026-03-09T15:00+08:00",
                        "WARN RESOLUTION/1/RED 2026-03-11T09:00+08:00",
                        "BREACH RESOLUTION/1/BREACH 2026-03-11T09:00+08:00",
                        "NOTIFY RESOLUTION/1/notify-street-head 2026-03-11T09:00+08:00");
        assertReplayTellsTheSame(id);
    }

    /** A restart (the clocks replayed from the stored history) shows the same timeline. */
    private void assertReplayTellsTheSame(MatterId id) {
        MatterSla replayed = MatterSla.replay(office.history(id), SlaPolicy.the357(), WorkingCalendar.china());
        List<SlaClock> again = replayed.clocks(SlaPolicy.the357(), WorkingCalendar.china(), clock.instant());
        assertThat(again)
                .extracting(SlaClock::timeline)
                .isEqualTo(office.clocks(id).stream().map(SlaClock::timeline).toList());
    }

    private SlaClock resolution(MatterId id) {
        return office.clocks(id).stream()
                .filter(c -> c.metric() == Metric.RESOLUTION)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> firedEntries(SlaClock c) {
        return c.timeline().stream()
                .filter(e -> FIRED.contains(e.kind()))
                .map(e -> local(e.at()) + " " + e.kind() + " " + e.detail())
                .toList();
    }

    private List<String> systemSteps(MatterId id) {
        return office.history(id).transitions().stream()
                .map(Transition::step)
                .filter(s -> s != null)
                .map(s -> office.history(id).transitions().stream()
                                .filter(t -> s.equals(t.step()))
                                .findFirst()
                                .orElseThrow()
                                .action()
                        + " " + s.key() + " " + local(s.dueAt()))
                .toList();
    }

    private static String local(Instant t) {
        return t.atZone(WorkingCalendar.china().zone()).toOffsetDateTime().toString();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
