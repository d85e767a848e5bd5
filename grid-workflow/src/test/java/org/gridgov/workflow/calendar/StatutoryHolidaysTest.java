package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The provisional rules (the Measures on national holidays, substitute days for weekends, no
 * invented make-up days) against the State Council's published arrangements, and a provisional
 * year worked out by hand.
 */
class StatutoryHolidaysTest {
    private static final WorkingCalendar OFFICIAL = WorkingCalendar.of(HolidaySchedule.chinaOfficial());

    /**
     * Sanity: every rest day the rules give for a published year (in the revision then in force)
     * is a rest day of the published arrangement; the notices only add bridge days and move
     * weekends, they never take a statutory day or its substitute away.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void theRulesRestDaysAreRestDaysOfThePublishedYear(int year) {
        HolidaySchedule rules = HolidaySchedule.chinaStatutory(year, year);
        assertThat(rules.isProvisional(year)).isTrue();
        assertThat(rules.makeUpWorkdays()).as("no invented make-up days").isEmpty();
        int days = StatutoryHolidays.Revision.inForce(year) == StatutoryHolidays.Revision.OF_2024 ? 13 : 11;
        assertThat(rules.holidays()).as("statutory days plus substitutes").hasSizeGreaterThanOrEqualTo(days);
        rules.holidays()
                .forEach((date, name) -> assertThat(OFFICIAL.isWorkingDay(date))
                        .as(date + " " + name + " (" + date.getDayOfWeek() + ") by the rules of " + year)
                        .isFalse());
    }

    @Test
    void from2025TheSpringFestivalEveAndTheSecondOfMayAreHolidays() {
        assertThat(HolidaySchedule.chinaStatutory(2025, 2025).holidays())
                .containsEntry(LocalDate.of(2025, 1, 28), "春节")
                .containsEntry(LocalDate.of(2025, 5, 2), "劳动节");
        assertThat(HolidaySchedule.chinaStatutory(2024, 2024).holidays())
                .as("2013 revision: Spring Festival from 初一, Labour Day one day")
                .doesNotContainKey(LocalDate.of(2024, 2, 9))
                .doesNotContainKey(LocalDate.of(2024, 5, 2));
    }

    /**
     * 2027 by hand: 元旦 Fri 01-01; 除夕 Fri 02-05 to 初三 Mon 02-08, Saturday and Sunday made up on
     * Tue 02-09 and Wed 02-10; 清明 Mon 04-05; 劳动节 Sat 05-01 and Sun 05-02, made up on Mon 05-03 and
     * Tue 05-04; 端午 Wed 06-09; 中秋 Wed 09-15; 国庆节 Fri 10-01 to Sun 10-03, made up on Mon 10-04 and
     * Tue 10-05.
     */
    @Test
    void provisional2027WorkedOutByHand() {
        NavigableMap<LocalDate, String> expected = new TreeMap<>();
        put(expected, "元旦", "2027-01-01");
        put(expected, "春节", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10");
        put(expected, "清明", "2027-04-05");
        put(expected, "劳动节", "2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04");
        put(expected, "端午", "2027-06-09");
        put(expected, "中秋", "2027-09-15");
        put(expected, "国庆节", "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05");
        assertThat(HolidaySchedule.china().holidays().subMap(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)))
                .containsExactlyEntriesOf(expected);
        assertThat(HolidaySchedule.china().makeUpWorkdays().tailMap(LocalDate.of(2027, 1, 1)))
                .isEmpty();
    }

    /** 2031: Mid-Autumn on 10-01 (Wednesday) coincides with National Day, so it is made up after the block. */
    @Test
    void midAutumnOnNationalDayGivesASubstituteDay() {
        Map<LocalDate, String> october =
                HolidaySchedule.china().holidays().subMap(LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 31));
        assertThat(FestivalDates.table().year(2031).zhongqiu()).isEqualTo(LocalDate.of(2031, 10, 1));
        assertThat(october)
                .containsOnlyKeys(
                        LocalDate.of(2031, 10, 1),
                        LocalDate.of(2031, 10, 2),
                        LocalDate.of(2031, 10, 3),
                        LocalDate.of(2031, 10, 6))
                .containsEntry(LocalDate.of(2031, 10, 6), "中秋");
    }

    @Test
    void everyProvisionalYearHasThirteenStatutoryDaysAtLeastAndNoWeekendHoliday() {
        HolidaySchedule china = HolidaySchedule.china();
        for (int y = 2027; y <= 2100; y++) {
            Map<LocalDate, String> year = china.holidays().subMap(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
            long weekdays = year.keySet().stream()
                    .filter(d -> !StatutoryHolidays.isWeekend(d))
                    .count();
            assertThat(weekdays)
                    .as(y + ": 13 statutory days, those on weekends made up on weekdays")
                    .isEqualTo(13);
        }
    }

    @Test
    void yearsOutsideTheTableAreRefusedNamingTheField() {
        assertThatThrownBy(() -> HolidaySchedule.chinaStatutory(2017, 2020))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("firstYear"));
        assertThatThrownBy(() -> HolidaySchedule.chinaStatutory(2030, 2101))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("lastYear"));
        assertThatThrownBy(() -> HolidaySchedule.chinaStatutory(2030, 2029))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("2029"));
    }

    private static void put(Map<LocalDate, String> map, String name, String... dates) {
        for (String d : dates) {
            map.put(LocalDate.parse(d), name);
        }
    }
}
