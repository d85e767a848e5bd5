package org.gridgov.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The public holidays of one year as the statute alone fixes them, before the State Council
 * publishes the year's arrangement: the Measures on National Annual Festivals and Memorial Days
 * Holidays (全国年节及纪念日放假办法), article 2 (the holidays of all citizens) and article 6 (a
 * holiday of all citizens that falls on a Saturday or Sunday is made up on a working day).
 *
 * <ul>
 *   <li>{@link Revision#OF_2024} (State Council decree 795, in force 2025-01-01): New Year's Day 1
 *       day (1 January); Spring Festival 4 days (农历除夕 to 正月初三); Qingming 1 day (the solar
 *       term); Labour Day 2 days (1-2 May); Dragon Boat 1 day (农历五月初五); Mid-Autumn 1 day
 *       (农历八月十五); National Day 3 days (1-3 October).
 *   <li>{@link Revision#OF_2013} (in force 2014-2024): the same, except Spring Festival 3 days
 *       (正月初一 to 初三) and Labour Day 1 day (1 May). Used only to check the rules against the
 *       published years.
 * </ul>
 *
 * <p><b>Substitute days (补假).</b> Following article 6, a statutory day that falls on a Saturday or
 * Sunday, or on a date another statutory day already takes (Mid-Autumn on 1-3 October), gives one
 * substitute rest day: the first Monday-Friday after it that is not already a holiday, taken in date
 * order, named after the holiday it replaces. No make-up working days (调休) are invented: only a
 * published arrangement moves a weekend into work. Stateless.
 */
final class StatutoryHolidays {
    /** Which revision of the Measures fixes the holidays. */
    enum Revision {
        OF_2013,
        OF_2024;

        /** The revision in force on 1 January of {@code year}. */
        static Revision inForce(int year) {
            return year >= 2025 ? OF_2024 : OF_2013;
        }
    }

    static final String NEW_YEAR = "元旦";
    static final String SPRING_FESTIVAL = "春节";
    static final String QINGMING = "清明";
    static final String LABOUR_DAY = "劳动节";
    static final String DRAGON_BOAT = "端午";
    static final String MID_AUTUMN = "中秋";
    static final String NATIONAL_DAY = "国庆节";

    private StatutoryHolidays() {}

    /** The holidays of {@code year} (covered by {@link FestivalDates}) with their names, substitutes included. */
    static NavigableMap<LocalDate, String> of(int year, Revision revision) {
        FestivalDates.Year f = FestivalDates.table().year(year);
        List<LocalDate> dates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        add(dates, names, LocalDate.of(year, 1, 1), 1, NEW_YEAR);
        if (revision == Revision.OF_2024) {
            add(dates, names, f.chuxi(), 4, SPRING_FESTIVAL);
        } else {
            add(dates, names, f.chuxi().plusDays(1), 3, SPRING_FESTIVAL);
        }
        add(dates, names, f.qingming(), 1, QINGMING);
        add(dates, names, LocalDate.of(year, 5, 1), revision == Revision.OF_2024 ? 2 : 1, LABOUR_DAY);
        add(dates, names, f.duanwu(), 1, DRAGON_BOAT);
        add(dates, names, LocalDate.of(year, 10, 1), 3, NATIONAL_DAY);
        add(dates, names, f.zhongqiu(), 1, MID_AUTUMN);

        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        NavigableMap<LocalDate, List<String>> owed = new TreeMap<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            if (holidays.putIfAbsent(d, names.get(i)) != null || isWeekend(d)) {
                owed.computeIfAbsent(d, k -> new ArrayList<>()).add(names.get(i));
            }
        }
        owed.forEach((date, owing) -> {
            for (String name : owing) {
                LocalDate d = date.plusDays(1);
                while (isWeekend(d) || holidays.containsKey(d)) {
                    d = d.plusDays(1);
                }
                holidays.put(d, name);
            }
        });
        return holidays;
    }

    private static void add(List<LocalDate> dates, List<String> names, LocalDate first, int days, String name) {
        for (int i = 0; i < days; i++) {
            dates.add(first.plusDays(i));
            names.add(name);
        }
    }

    static boolean isWeekend(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
