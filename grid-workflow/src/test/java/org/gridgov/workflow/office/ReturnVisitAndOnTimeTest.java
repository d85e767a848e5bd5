package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.assessment.HistoryRecord;
import org.gridgov.workflow.assessment.IndicatorCalculator;
import org.gridgov.workflow.assessment.Indicators;
import org.gridgov.workflow.assessment.Period;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.ReturnVisitPolicy;
import org.gridgov.workflow.visit.ReturnVisits;
import org.junit.jupiter.api.Test;

/**
 * Seeds 000, 001, 004: grid workers are assessed on closing on time and on residents' satisfaction.
 * A matter reported Tuesday 22 September 2026 is due in 5 working days on Wednesday 30 September,
 * the last working day before National Day (Mid-Autumn on Friday 25 September is a holiday too):
 * closed that day it counts on time, closed on the first working day after the holiday it does not; a dissatisfied return visit reopens the matter.
 */
class ReturnVisitAndOnTimeTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private final ManualClock clock = ManualClock.at("2026-09-22T10:00:00+08:00");
    private final GridOffice office = District.office(clock).build();
    private final List<MatterId> reported = new java.util.ArrayList<>();

    @Test
    void aMatterClosedOnTheLastWorkingDayBeforeNationalDayCountsOnTime() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        MatterId early = office.report(District.sewage(GRID_1), "gw-1").id();
        MatterId late = office.report(District.sewage(GRID_1), "gw-1").id();
        workOn(early);
        workOn(late);
        Instant due = office.clocks(early).stream()
                .filter(c -> c.metric().name().equals("RESOLUTION"))
                .findFirst()
                .orElseThrow()
                .due();
        assertThat(due.atZone(CHINA.zone()).toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));

        clock.set(due.minusSeconds(600)); // 30 September, ten minutes before the deadline
        close(early);
        clock.set(at("2026-10-08T10:00+08:00")); // the first working day after the holiday
        office.tick();
        close(late);

        Indicators grid = indicators(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));
        assertThat(grid.closed()).isEqualTo(2);
        assertThat(grid.onTimeRate()).isEqualTo(0.5);
        assertThat(office.history(late).transitions().stream().map(Transition::action))
                .contains(Action.BREACH);
        assertThat(office.history(early).transitions().stream().map(Transition::action))
                .doesNotContain(Action.BREACH);
    }

    @Test
    void aDissatisfiedReturnVisitReopensTheMatterAndCountsAgainstSatisfaction() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        workOn(id);
        clock.set(at("2026-09-24T15:00+08:00"));
        close(id);
        ReturnVisits visits = ReturnVisits.of(ReturnVisitPolicy.defaults(), CHINA);
        ReturnVisits.Owed owed = visits.owed(List.of(office.history(id))).get(0);
        assertThat(owed.closure()).isEqualTo(1);
        // the next working day: Friday 25 September 2026 is Mid-Autumn Festival, then the weekend
        assertThat(owed.dueAt()).isEqualTo(at("2026-09-28T15:00+08:00"));

        clock.set(at("2026-09-28T10:00+08:00"));
        Matter reopened = office.returnVisit(id, Rating.DISSATISFIED, "visitor-1", ReturnVisitPolicy.defaults());

        assertThat(reopened.state().isOpen()).isTrue();
        List<Transition> h = office.history(id).transitions();
        Transition rating = h.get(h.size() - 2);
        assertThat(rating.action()).isEqualTo(Action.RETURN_VISIT);
        assertThat(rating.step().key()).isEqualTo("RETURN_VISIT/1/DISSATISFIED");
        assertThat(rating.step().dueAt()).isEqualTo(owed.dueAt());
        assertThat(h.get(h.size() - 1).action()).isEqualTo(Action.REOPEN);
        assertThat(h.get(h.size() - 1).actor()).isEqualTo("visitor-1");
        assertThat(visits.owed(List.of(office.history(id)))).isEmpty();

        assertThat(reopened.state()).isEqualTo(State.REGISTERED); // back to the dispatcher
        Matter again =
                office.handle(Command.on(reopened, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        again = office.handle(Command.on(again, Action.ACCEPT, "gw-1"));
        again = office.handle(Command.on(again, Action.START, "gw-1"));
        again = office.handle(Command.on(again, Action.RESOLVE, "gw-1"));
        again = office.handle(Command.on(again, Action.VERIFY, "head-1"));
        clock.set(at("2026-09-29T11:00+08:00"));
        again = office.handle(Command.on(again, Action.CLOSE, "disp-1"));
        assertThat(visits.owed(List.of(office.history(id))).get(0).closure()).isEqualTo(2);
        Matter rated = office.returnVisit(id, Rating.BASICALLY_SATISFIED, "visitor-1", ReturnVisitPolicy.defaults());
        assertThat(rated.state()).isEqualTo(State.CLOSED);

        Indicators grid = indicators(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        assertThat(grid.returnVisits()).isEqualTo(2);
        assertThat(grid.satisfactionRate()).isEqualTo(0.5);
        assertThat(grid.closed()).isEqualTo(1);
    }

    @Test
    void aSecondRatingOfOneClosureOrARatingOfAnOpenMatterIsRefusedAndChangesNothing() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        workOn(id);
        assertThatThrownBy(() -> office.returnVisit(id, Rating.SATISFIED, "visitor-1", ReturnVisitPolicy.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a return visit follows a closure");
        close(id);
        office.returnVisit(id, Rating.SATISFIED, "visitor-1", ReturnVisitPolicy.defaults());
        long version = office.matter(id).version();

        assertThatThrownBy(() -> office.returnVisit(id, Rating.DISSATISFIED, "visitor-2", ReturnVisitPolicy.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("one return visit per closure");
        assertThat(office.matter(id).version()).isEqualTo(version);
        assertThat(office.matter(id).state()).isEqualTo(State.CLOSED);
    }

    @Test
    void aReturnVisitOnAMatterThatWasNeverClosedIsAnIllegalTransition() {
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        office.handle(Command.of(id, 1, Action.REJECT, "disp-1").because("duplicate"));
        assertThatThrownBy(() -> office.returnVisit(id, Rating.SATISFIED, "visitor-1", ReturnVisitPolicy.defaults()))
                .isInstanceOfAny(InvalidInputException.class, IllegalTransitionException.class);
    }

    private Indicators indicators(LocalDate from, LocalDate to) {
        List<HistoryRecord> records =
                reported.stream().map(office::history).map(HistoryRecord::from).toList();
        return IndicatorCalculator.of(CHINA)
                .compute(records, List.of(), new Period(from, to, CHINA.zone()))
                .figures(GRID_1);
    }

    private void workOn(MatterId id) {
        reported.add(id);
        Matter m = office.matter(id);
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        m = office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
        office.handle(Command.on(m, Action.START, "gw-1"));
    }

    private void close(MatterId id) {
        Matter m = office.matter(id);
        m = office.handle(Command.on(m, Action.RESOLVE, "gw-1"));
        m = office.handle(Command.on(m, Action.VERIFY, "head-1"));
        office.handle(Command.on(m, Action.CLOSE, "disp-1"));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
