package org.gridgov.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The Gregorian dates of the lunar and solar-term days behind China's statutory holidays, read
 * from the table shipped with this module ({@value #RESOURCE}): for each year 2018-2100 the
 * Spring Festival eve (除夕, the last day of the 12th lunar month), the Dragon Boat Festival
 * (端午, 5th day of the 5th month), the Mid-Autumn Festival (中秋, 15th day of the 8th month) and
 * Qingming (清明, the solar term at 15 degrees of ecliptic longitude), all in Beijing time.
 *
 * <p>Invariants: consecutive years {@link #FIRST_YEAR}-{@link #LAST_YEAR}; every date lies in its
 * row's year. A malformed resource is a build defect and fails loudly on first use. Immutable and
 * thread-safe.
 */
final class FestivalDates {
    static final String RESOURCE = "cn-festival-dates-2018-2100.csv";
    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2100;

    private static final FestivalDates TABLE = load();

    /** One year's dates. */
    record Year(int year, LocalDate chuxi, LocalDate duanwu, LocalDate zhongqiu, LocalDate qingming) {}

    private final Year[] years;

    private FestivalDates(Year[] years) {
        this.years = years;
    }

    /** The shipped table. */
    static FestivalDates table() {
        return TABLE;
    }

    /** The dates of {@code year}; the caller checks {@link #covers}. */
    Year year(int year) {
        return years[year - FIRST_YEAR];
    }

    static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static FestivalDates load() {
        String text;
        try (InputStream in = FestivalDates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from grid-workflow");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Year[] years = new Year[LAST_YEAR - FIRST_YEAR + 1];
        int next = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("year,")) {
                continue;
            }
            String[] f = line.strip().split(",");
            int year = Integer.parseInt(f[0]);
            if (f.length != 5 || year != FIRST_YEAR + next) {
                throw new IllegalStateException(RESOURCE + ": expected a row for " + (FIRST_YEAR + next) + ": " + line);
            }
            Year row = new Year(
                    year,
                    inYear(f[1], year, line),
                    inYear(f[2], year, line),
                    inYear(f[3], year, line),
                    inYear(f[4], year, line));
            years[next++] = row;
        }
        if (next != years.length) {
            throw new IllegalStateException(RESOURCE + ": rows end at " + (FIRST_YEAR + next - 1));
        }
        return new FestivalDates(years);
    }

    private static LocalDate inYear(String text, int year, String line) {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() != year) {
            throw new IllegalStateException(RESOURCE + ": " + text + " is not in " + year + ": " + line);
        }
        return date;
    }
}
