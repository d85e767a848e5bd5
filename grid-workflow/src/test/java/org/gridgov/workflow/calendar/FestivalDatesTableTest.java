package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped table of lunar and solar-term dates (cn-festival-dates-2018-2100.csv) against ICU4J, an
 * independent implementation: {@link ChineseCalendar} for 除夕, 端午 and 中秋, and ICU's solar
 * astronomy ({@link CalendarAstronomer}) for 清明, every year 2018-2100.
 *
 * <p>ICU's astronomy is accurate to some minutes. Where the new moon or the solar term falls within
 * minutes of Beijing midnight, ICU and the almanacs may name neighbouring days. The table follows
 * the almanacs (Purple Mountain Observatory, Hong Kong Observatory) and the cases where ICU differs
 * are listed here; for each the test proves that it is such a coin toss: the dates differ by one
 * day and ICU's own event lies within 20 minutes of midnight.
 */
class FestivalDatesTableTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration COIN_TOSS = Duration.ofMinutes(20);

    /**
     * Where ICU differs, with the almanac's reason. 2027: the new moon of 2027-02-06 is at 23:56
     * Beijing time, so the new year is 02-06 and its eve 02-05 (ICU: just after midnight). 2030: the
     * new moon is at 00:07 on 02-03 (ICU: just before midnight; the Hong Kong Observatory notes folk
     * calendars that disagree for 2030 too). 2071 清明: the sun reaches 15 degrees at about 00:10
     * on 04-05 by truncated VSOP87 (ICU: 23:56 on 04-04).
     */
    private static final Map<String, LocalDate> ICU_DIFFERS = Map.of(
            "2027 chuxi", LocalDate.parse("2027-02-06"),
            "2030 chuxi", LocalDate.parse("2030-02-01"),
            "2071 qingming", LocalDate.parse("2071-04-04"));

    static IntStream years() {
        return IntStream.rangeClosed(FestivalDates.FIRST_YEAR, FestivalDates.LAST_YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void lunarDatesAgreeWithIcuChineseCalendar(int year) {
        FestivalDates.Year row = FestivalDates.table().year(year);
        ChineseCalendar icu = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        LocalDate newYear = null;
        LocalDate duanwu = null;
        LocalDate zhongqiu = null;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            icu.setTimeInMillis(d.atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
            boolean leap = icu.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
            int month = icu.get(ChineseCalendar.MONTH) + 1;
            int day = icu.get(ChineseCalendar.DAY_OF_MONTH);
            if (!leap && month == 1 && day == 1) {
                newYear = d;
                icu.setTimeInMillis(
                        d.minusDays(1).atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
                assertThat(icu.get(ChineseCalendar.MONTH) + 1)
                        .as("the eve is in the 12th month")
                        .isEqualTo(12);
                assertThat(icu.get(ChineseCalendar.DAY_OF_MONTH))
                        .as("the eve is the 29th or 30th")
                        .isBetween(29, 30);
            } else if (!leap && month == 5 && day == 5) {
                duanwu = d;
            } else if (!leap && month == 8 && day == 15) {
                zhongqiu = d;
            }
        }
        assertThat(newYear).as("ICU finds the new year in " + year).isNotNull();
        check(year, "chuxi", row.chuxi(), newYear.minusDays(1), newYear);
        check(year, "duanwu", row.duanwu(), duanwu, null);
        check(year, "zhongqiu", row.zhongqiu(), zhongqiu, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void qingmingAgreesWithIcuSolarAstronomy(int year) {
        Instant term = qingmingByIcu(year);
        LocalDate icuDate = term.atZone(BEIJING).toLocalDate();
        LocalDate table = FestivalDates.table().year(year).qingming();
        assertThat(table.getMonthValue()).isEqualTo(4);
        assertThat(table.getDayOfMonth())
                .as("清明 is on 4 or 5 April in 2018-2100")
                .isBetween(4, 5);
        if (ICU_DIFFERS.containsKey(year + " qingming")) {
            assertThat(icuDate).isEqualTo(ICU_DIFFERS.get(year + " qingming"));
            assertThat(table).isEqualTo(icuDate.plusDays(1));
            assertThat(nearMidnight(term))
                    .as("ICU's 清明 " + term.atZone(BEIJING) + " is a coin toss")
                    .isTrue();
        } else {
            assertThat(table)
                    .as("清明 " + year + " (ICU: " + term.atZone(BEIJING) + ")")
                    .isEqualTo(icuDate);
        }
    }

    @Test
    void theTableCoversEveryYearInOrderWithDatesInTheirSeasons() {
        years().forEach(y -> {
            FestivalDates.Year row = FestivalDates.table().year(y);
            assertThat(row.year()).isEqualTo(y);
            assertThat(row.chuxi()).isBetween(LocalDate.of(y, 1, 20), LocalDate.of(y, 2, 19));
            assertThat(row.duanwu()).isBetween(LocalDate.of(y, 5, 26), LocalDate.of(y, 6, 26));
            assertThat(row.zhongqiu()).isBetween(LocalDate.of(y, 9, 6), LocalDate.of(y, 10, 8));
        });
    }

    private static void check(int year, String field, LocalDate table, LocalDate icu, LocalDate newYear) {
        String key = year + " " + field;
        if (ICU_DIFFERS.containsKey(key)) {
            assertThat(icu).as(key + " by ICU").isEqualTo(ICU_DIFFERS.get(key));
            assertThat(Math.abs(table.toEpochDay() - icu.toEpochDay()))
                    .as(key + ": one day apart")
                    .isEqualTo(1);
            LocalDate boundary = table.plusDays(1).isAfter(icu) ? table.plusDays(1) : icu.plusDays(1);
            Instant newMoon = newMoonNear(boundary);
            assertThat(nearMidnight(newMoon))
                    .as(key + ": ICU's new moon " + newMoon.atZone(BEIJING) + " is a coin toss")
                    .isTrue();
            return;
        }
        assertThat(table).as(key + " (ICU new year " + newYear + ")").isEqualTo(icu);
    }

    private static Instant qingmingByIcu(int year) {
        long from = LocalDate.of(year, 3, 25).atStartOfDay(BEIJING).toInstant().toEpochMilli();
        return Instant.ofEpochMilli(new CalendarAstronomer(from).getSunTime(Math.toRadians(15), true));
    }

    private static Instant newMoonNear(LocalDate day) {
        long from = day.minusDays(3).atStartOfDay(BEIJING).toInstant().toEpochMilli();
        return Instant.ofEpochMilli(new CalendarAstronomer(from).getMoonTime(CalendarAstronomer.NEW_MOON, true));
    }

    private static boolean nearMidnight(Instant t) {
        ZonedDateTime z = t.atZone(BEIJING);
        ZonedDateTime midnight = z.toLocalDate().atStartOfDay(BEIJING);
        Duration sinceMidnight = Duration.between(midnight, z);
        Duration untilMidnight = Duration.between(z, midnight.plusDays(1));
        return sinceMidnight.compareTo(COIN_TOSS) < 0 || untilMidnight.compareTo(COIN_TOSS) < 0;
    }
}
