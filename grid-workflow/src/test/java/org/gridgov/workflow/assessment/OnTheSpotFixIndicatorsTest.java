package org.gridgov.workflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.State;
import org.junit.jupiter.api.Test;

/**
 * Seed 000, 即知即改: a matter a grid worker found and fixed on the spot is recorded as {@code REPORT}
 * then {@code FIX_ON_THE_SPOT} ({@code REPORTED} to {@code CLOSED}); it ends closed, so the
 * indicators count it closed like a matter closed by {@code CLOSE}: on time (its clocks stop on the
 * fix), in the grid, its working time to close from report to fix, the fixing worker responsible.
 * {@code grid simulate}'s summary counts it closed too.
 */
class OnTheSpotFixIndicatorsTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private static final Period SEPTEMBER =
            new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), CHINA.zone());

    @Test
    void aMatterFixedOnTheSpotIsClosedOnTimeInTheGrid() {
        // Tuesday 22 September 2026, a working day: reported 10:00, fixed 10:30 (Beijing time)
        HistoryRecord fixed = litter(
                entry(1, Action.REPORT, "2026-09-22T02:00:00Z", null, State.REPORTED),
                entry(2, Action.FIX_ON_THE_SPOT, "2026-09-22T02:30:00Z", State.REPORTED, State.CLOSED));

        IndicatorReport report = IndicatorCalculator.of(CHINA).compute(List.of(fixed), List.of(), SEPTEMBER);

        Indicators grid = report.figures(GRID_1);
        assertThat(grid.reported()).isEqualTo(1);
        assertThat(grid.registered()).isZero(); // never registered: found and fixed at once
        assertThat(grid.closed()).isEqualTo(1);
        assertThat(grid.onTimeRate()).isEqualTo(1.0);
        assertThat(grid.inGridRate()).isEqualTo(1.0);
        assertThat(grid.escalationRate()).isEqualTo(0.0);
        assertThat(grid.closeTimes().get("litter").meanHours()).isEqualTo(0.5);
        assertThat(report.workers().get("gw-1").closed()).isEqualTo(1);
    }

    @Test
    void aFixReopenedAndNotClosedAgainIsNotClosed() {
        HistoryRecord reopened = litter(
                entry(1, Action.REPORT, "2026-09-22T02:00:00Z", null, State.REPORTED),
                entry(2, Action.FIX_ON_THE_SPOT, "2026-09-22T02:30:00Z", State.REPORTED, State.CLOSED),
                entry(3, Action.REOPEN, "2026-09-23T02:00:00Z", State.CLOSED, State.REGISTERED));

        Indicators grid = IndicatorCalculator.of(CHINA)
                .compute(List.of(reopened), List.of(), SEPTEMBER)
                .figures(GRID_1);

        assertThat(grid.reported()).isEqualTo(1);
        assertThat(grid.closed()).isZero();
        assertThat(grid.onTimeRate()).isNull();
    }

    /** A litter matter in grid 1 with this history. */
    private static HistoryRecord litter(HistoryEntry... history) {
        return new HistoryRecord("M-1", GRID_1, "litter", List.of(history));
    }

    private static HistoryEntry entry(long version, Action action, String at, State from, State to) {
        return new HistoryEntry(version, action, "gw-1", Instant.parse(at), from, to, null, null, null, null, null);
    }
}
