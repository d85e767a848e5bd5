package org.gridgov.workflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.visit.VisitOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random years of a district: every area's figures from the one-pass roll-up equal the ones
 * computed directly over all its matters and visits; every rate lies in [0, 1] or is null; and
 * adding one matter changes the figures of exactly the areas above its grid and its worker.
 */
class RollUpPropertyTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();
    private static final IndicatorCalculator CALCULATOR = IndicatorCalculator.of(CHINA);

    static LongStream seeds() {
        return LongStream.of(13, 2026, 357, 4_000_001L);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRollUpEqualsTheDirectComputationAndRatesStayInZeroOne(long seed) {
        RandomDistrict district = new RandomDistrict(seed, 3, 3, 4);
        List<HistoryRecord> matters = district.matters(1_500);
        List<VisitOutcome> visits = district.visits(600);
        Period period = quarter(seed);

        IndicatorReport report = CALCULATOR.compute(matters, visits, period);

        assertThat(report.areas()).hasSize(1 + 3 + 9 + 36);
        for (Map.Entry<AreaCode, Indicators> e : report.areas().entrySet()) {
            assertThat(e.getValue())
                    .as("area %s", e.getKey())
                    .isEqualTo(CALCULATOR.computeFor(e.getKey(), matters, visits, period));
            assertRatesInZeroOne(e.getValue());
        }
        report.workers().values().forEach(RollUpPropertyTest::assertRatesInZeroOne);
        Indicators jingkou = report.of(RandomDistrict.JINGKOU).orElseThrow();
        assertThat(jingkou.closed()).isPositive();
        assertThat(jingkou.closed())
                .isEqualTo(report.at(org.gridgov.core.area.AreaLevel.GRID).stream()
                        .mapToLong(Indicators::closed)
                        .sum());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingAMatterChangesOnlyTheAreasAboveItsGridAndItsWorker(long seed) {
        RandomDistrict district = new RandomDistrict(seed, 3, 3, 4);
        List<HistoryRecord> matters = new ArrayList<>(district.matters(800));
        Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), CHINA.zone());
        IndicatorReport before = CALCULATOR.compute(matters, List.of(), period);

        HistoryRecord added = district.matter();
        matters.add(added);
        IndicatorReport after = CALCULATOR.compute(matters, List.of(), period);

        for (AreaCode area : after.areas().keySet()) {
            Indicators was = before.areas().get(area);
            Indicators now = after.areas().get(area);
            if (area.contains(added.grid())) {
                assertThat(now.reported()).as("area %s", area).isEqualTo(was.reported() + 1);
                assertThat(now).isNotEqualTo(was);
            } else {
                assertThat(now).as("area %s", area).isEqualTo(was);
            }
        }
        String worker = added.history().stream()
                .map(HistoryEntry::lead)
                .filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b)
                .orElse(added.history().get(0).actor());
        after.workers().forEach((w, now) -> {
            if (w.equals(worker)) {
                assertThat(now.reported())
                        .isEqualTo(
                                before.workers().containsKey(w)
                                        ? before.workers().get(w).reported() + 1
                                        : 1);
            } else {
                assertThat(now).as("worker %s", w).isEqualTo(before.workers().get(w));
            }
        });
    }

    private static Period quarter(long seed) {
        LocalDate from = LocalDate.of(2026, 1 + 3 * (int) (seed % 4), 1);
        return new Period(from, from.plusMonths(3).minusDays(1), CHINA.zone());
    }

    private static void assertRatesInZeroOne(Indicators i) {
        for (String name : List.of(
                "onTimeRate",
                "inGridRate",
                "escalationRate",
                "reworkRate",
                "extensionRate",
                "satisfactionRate",
                "visitComplianceRate")) {
            Double rate = i.rate(name);
            if (rate != null) {
                assertThat(rate).as("%s of %s", name, i.area()).isBetween(0.0, 1.0);
            }
        }
        i.closeTimes().values().forEach(t -> assertThat(t.p90Hours()).isGreaterThanOrEqualTo(0.0));
        if (i.closed() == 0) {
            assertThat(i.onTimeRate()).isNull();
        }
    }
}
