package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.DistrictApproval;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.sla.CapExceededException;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Jingkou): "做到“357”,即在网友发帖3小时内回应,5个工作日内必须答复解决,较难事项最迟7个工作日内完毕" -
 * answer within 3 hours, resolve within 5 working days, hard matters within 7 working days at the
 * latest. The shipped "357" caps RESOLUTION at 7 working days from the report: suspensions may use
 * the two days between 5 and 7, and no more without a district approval recorded in the history.
 */
class SevenDaysAtTheLatestTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00"); // a Monday

    private Matter inProgress(GridOffice office) {
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        m = office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
        return office.handle(Command.on(m, Action.START, "gw-1"));
    }

    private static SlaClock resolution(GridOffice office, Matter m) {
        return office.clocks(m.id()).stream()
                .filter(c -> c.metric() == Metric.RESOLUTION)
                .findFirst()
                .orElseThrow();
    }

    /** Suspends for one working day (Monday to Friday in March 2026 has no holiday) and resumes. */
    private Matter suspendOneDay(GridOffice office, Matter m) {
        m = office.handle(Command.on(m, Action.SUSPEND, "gw-1").because("等待业主回国"));
        clock.advance(Duration.ofDays(1));
        return office.handle(Command.on(m, Action.RESUME, "gw-1"));
    }

    @Test
    void theCapHoldsAcrossRepeatedSuspensionsAndTheRefusalLeavesTheMatterAsItWas() {
        GridOffice office = District.office(clock).build();
        Matter m = inProgress(office);
        Instant reported = office.history(m.id()).transitions().get(0).at();
        Instant fiveDays = office.calendar().deadline(reported, new WorkingDays(5));
        Instant cap = office.calendar().deadline(reported, new WorkingDays(7));
        assertThat(resolution(office, m).due()).isEqualTo(fiveDays);

        m = suspendOneDay(office, m); // Mon -> Tue
        assertThat(resolution(office, m).due()).isEqualTo(office.calendar().deadline(reported, new WorkingDays(6)));
        m = suspendOneDay(office, m); // Tue -> Wed: the two days are used up
        assertThat(resolution(office, m).due()).isEqualTo(cap);

        Matter before = m;
        long versionBefore = office.history(m.id()).version();
        assertThatThrownBy(() ->
                        office.handle(Command.on(before, Action.SUSPEND, "gw-1").because("再等一周")))
                .isInstanceOfSatisfying(CapExceededException.class, e -> {
                    assertThat(e.matter()).isEqualTo(before.id());
                    assertThat(e.action()).isEqualTo(Action.SUSPEND);
                    assertThat(e.metric()).isEqualTo(Metric.RESOLUTION);
                    assertThat(e.slaRule()).isEqualTo("routine");
                    assertThat(e.cap()).isEqualTo("7wd");
                    assertThat(e.capAt()).isEqualTo(cap);
                    assertThat(e.path()).isEqualTo("approval");
                    assertThat(e.getMessage()).contains("sla cap").doesNotContain("gw-1");
                });
        assertThat(office.matter(m.id())).isEqualTo(before);
        assertThat(office.history(m.id()).version()).isEqualTo(versionBefore);
        assertThat(resolution(office, m).due()).isEqualTo(cap);
    }

    @Test
    void aLongSuspensionCannotCarryTheDeadlinePastTheCapTheBreachFiresWhileSuspended() {
        GridOffice office = District.office(clock).build();
        Matter m = inProgress(office);
        Instant reported = office.history(m.id()).transitions().get(0).at();
        Instant cap = office.calendar().deadline(reported, new WorkingDays(7));

        m = office.handle(Command.on(m, Action.SUSPEND, "gw-1").because("等待鉴定"));
        clock.advance(Duration.ofDays(14)); // two weeks suspended: far past 7 working days
        office.tick();

        List<Transition> breaches = office.history(m.id()).transitions().stream()
                .filter(t -> t.action() == Action.BREACH)
                .filter(t -> t.step().metric().equals("RESOLUTION"))
                .toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).step().dueAt()).isEqualTo(cap);
        assertThat(office.matter(m.id()).state()).isEqualTo(State.SUSPENDED);
    }

    @Test
    void aDistrictApprovalLetsTheSuspensionPassAndIsRecordedInTheHistory() {
        GridOffice office = District.office(clock).build();
        Matter m = inProgress(office);
        Instant reported = office.history(m.id()).transitions().get(0).at();
        Instant cap = office.calendar().deadline(reported, new WorkingDays(7));
        m = suspendOneDay(office, m);
        m = suspendOneDay(office, m);

        m = office.handle(Command.on(m, Action.SUSPEND, "gw-1")
                .because("再等一周")
                .approvedBy(new DistrictApproval("district:supervision", "京口区督〔2026〕12号")));
        assertThat(m.state()).isEqualTo(State.SUSPENDED);
        List<Transition> ts = office.history(m.id()).transitions();
        Transition approval = ts.get(ts.size() - 2);
        assertThat(approval.action()).isEqualTo(Action.APPROVE_PAST_CAP);
        assertThat(approval.actor()).isEqualTo("district:supervision");
        assertThat(approval.reason()).isEqualTo("京口区督〔2026〕12号");
        assertThat(ts.get(ts.size() - 1).action()).isEqualTo(Action.SUSPEND);

        clock.advance(Duration.ofDays(1));
        m = office.handle(Command.on(m, Action.RESUME, "gw-1"));
        assertThat(resolution(office, m).due()).isAfter(cap);
        // the history replays to the same clocks: the approval lifts the cap again on rebuild
        assertThat(org.gridgov.workflow.sla.MatterSla.replay(
                                office.history(m.id()), office.policies().sla(), office.calendar())
                        .due())
                .contains(resolution(office, m).due());
    }
}
