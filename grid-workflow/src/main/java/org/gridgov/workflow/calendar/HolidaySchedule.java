package org.gridgov.workflow.calendar;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.core.InvalidInputException;

/**
 * The official facts behind a working calendar: for each covered year, the public
 * holidays (法定节假日 and the rest days joined to them) and the make-up working days
 * (调休: a Saturday or Sunday that becomes a working day). Every other Monday-Friday is a
 * working day and every other Saturday and Sunday a rest day.
 *
 * <p>Each covered year is either <i>official</i> (published facts, from a notice) or
 * <i>provisional</i> (computed from the statutory rules before the notice is out; see
 * {@link #chinaStatutory}). {@link #china()} covers mainland China 2018-2100: the State Council
 * notices 2018-2026 ({@link #chinaOfficial()}) and provisional years 2027-2100. Further
 * official years come from a JSON file in the format {@code grid-holidays/1} (see the
 * grid-workflow README) through {@link #read(Path)}, and replace provisional ones with
 * {@link #plus}.
 *
 * <p>Invariants: the covered years are consecutive (no gap); every date lies in a covered
 * year; a make-up working day is a Saturday or Sunday and never a holiday; the provisional
 * years are covered years. A schedule does not check that its facts agree with the State
 * Council: it carries what it was given. Immutable and thread-safe.
 */
public final class HolidaySchedule {
    /** The zone of the China schedule and the default zone of a file without {@code zone}. */
    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

    static final String CHINA_RESOURCE = "cn-holidays-2018-2026.json";

    /** The last year {@link #china()} and {@link #chinaStatutory} cover (the end of the shipped lunar table). */
    public static final int CHINA_LAST_YEAR = FestivalDates.LAST_YEAR;

    private final String source;
    private final ZoneId zone;
    private final int firstYear;
    private final int lastYear;
    private final NavigableMap<LocalDate, String> holidays;
    private final NavigableMap<LocalDate, String> makeUpWorkdays;
    private final NavigableSet<Integer> provisionalYears;

    /** An official schedule (no provisional years). */
    HolidaySchedule(
            String source,
            ZoneId zone,
            int firstYear,
            int lastYear,
            NavigableMap<LocalDate, String> holidays,
            NavigableMap<LocalDate, String> makeUpWorkdays) {
        this(source, zone, firstYear, lastYear, holidays, makeUpWorkdays, new TreeSet<>());
    }

    /** A schedule from every part, as {@link StoredCalendar} keeps it. */
    static HolidaySchedule of(
            String source,
            ZoneId zone,
            int firstYear,
            int lastYear,
            NavigableMap<LocalDate, String> holidays,
            NavigableMap<LocalDate, String> makeUpWorkdays,
            NavigableSet<Integer> provisionalYears) {
        return new HolidaySchedule(source, zone, firstYear, lastYear, holidays, makeUpWorkdays, provisionalYears);
    }

    private HolidaySchedule(
            String source,
            ZoneId zone,
            int firstYear,
            int lastYear,
            NavigableMap<LocalDate, String> holidays,
            NavigableMap<LocalDate, String> makeUpWorkdays,
            NavigableSet<Integer> provisionalYears) {
        this.provisionalYears = Collections.unmodifiableNavigableSet(new TreeSet<>(provisionalYears));
        this.source = source;
        this.zone = zone;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        this.makeUpWorkdays = Collections.unmodifiableNavigableMap(new TreeMap<>(makeUpWorkdays));
    }

    /**
     * Mainland China 2018-2100, zone Asia/Shanghai: official 2018-2026 ({@link #chinaOfficial()}),
     * provisional 2027-2100 ({@link #chinaStatutory}). Add a newly published year with {@link #plus}.
     */
    public static HolidaySchedule china() {
        return China.SCHEDULE;
    }

    /** Mainland China 2018-2026 as the State Council published it, from the resource shipped in this module. */
    public static HolidaySchedule chinaOfficial() {
        return China.OFFICIAL;
    }

    /**
     * Mainland China {@code firstYear}-{@code lastYear} computed from the statutory rules alone, every
     * year provisional: the Measures on National Annual Festivals and Memorial Days Holidays
     * (全国年节及纪念日放假办法) in the revision in force that year (2024 revision from 2025: New Year's
     * Day 1 day, Spring Festival 4 days from its eve 除夕, Qingming 1, Labour Day 2 (1-2 May), Dragon
     * Boat 1, Mid-Autumn 1, National Day 3 (1-3 October); 2013 revision before). Lunar and
     * solar-term dates come from the table shipped through 2100.
     *
     * <p><b>A statutory day on a weekend</b> (or on another statutory day, as Mid-Autumn on 1-3
     * October) gives a substitute rest day (补假, article 6 of the Measures) on the first Monday-Friday
     * after it that is not a holiday. No make-up working days (调休) are invented: a weekend becomes a
     * working day only in a published arrangement. So a provisional year has more working days than
     * the notice that later replaces it usually has, and a deadline on it may move when the notice is
     * loaded (see {@link CalendarChange}).
     *
     * @throws InvalidInputException if the years are not within 2018-{@value #CHINA_LAST_YEAR} or in
     *     the wrong order
     */
    public static HolidaySchedule chinaStatutory(int firstYear, int lastYear) {
        if (!FestivalDates.covers(firstYear)) {
            throw new InvalidInputException(
                    "firstYear", "must be within " + FestivalDates.FIRST_YEAR + "-" + CHINA_LAST_YEAR, firstYear);
        }
        if (!FestivalDates.covers(lastYear) || lastYear < firstYear) {
            throw new InvalidInputException(
                    "lastYear", "must be within " + firstYear + "-" + CHINA_LAST_YEAR, lastYear);
        }
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        NavigableSet<Integer> years = new TreeSet<>();
        for (int y = firstYear; y <= lastYear; y++) {
            holidays.putAll(StatutoryHolidays.of(y, StatutoryHolidays.Revision.inForce(y)));
            years.add(y);
        }
        String source = "provisional " + firstYear + "-" + lastYear + ": statutory rules of the Measures on National"
                + " Annual Festivals and Memorial Days Holidays (2024 revision from 2025), substitute days for"
                + " weekends, no make-up working days; lunar and solar-term dates from "
                + FestivalDates.RESOURCE;
        return new HolidaySchedule(source, CHINA_ZONE, firstYear, lastYear, holidays, new TreeMap<>(), years);
    }

    /**
     * Reads a {@code grid-holidays/1} JSON file.
     *
     * @throws InvalidInputException (a {@link org.gridgov.core.json.JsonInputException}) naming the
     *     file, the JSON path, the rule and the value, e.g.
     *     {@code cn-2027.json: $.years[0].holidays[3].to: must not be before from (2027-02-06) ('2027-02-01')}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySchedule read(Path file) {
        requireNonNull(file, "file");
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday file " + file, e);
        }
        return new HolidayScheduleReader(String.valueOf(file.getFileName())).read(json);
    }

    /**
     * Reads {@code grid-holidays/1} JSON text; {@code name} (a file name) prefixes every error path.
     *
     * @throws InvalidInputException as {@link #read(Path)}
     */
    public static HolidaySchedule parse(String json, String name) {
        return new HolidayScheduleReader(requireNonNull(name, "name")).read(requireNonNull(json, "json"));
    }

    /**
     * This schedule with the years of {@code later} added; a year present in both is taken
     * whole from {@code later} (a corrected notice replaces the old one, a published notice
     * replaces a provisional year), and each year keeps the status, official or provisional, of
     * the schedule it comes from.
     *
     * @throws InvalidInputException if the zones differ or the result would have a gap between years
     */
    public HolidaySchedule plus(HolidaySchedule later) {
        requireNonNull(later, "later");
        if (!later.zone.equals(zone)) {
            throw new InvalidInputException(
                    "zone", "must be the zone of the schedule it extends (" + zone + ")", later.zone);
        }
        int first = Math.min(firstYear, later.firstYear);
        int last = Math.max(lastYear, later.lastYear);
        if (later.firstYear > lastYear + 1 || later.lastYear < firstYear - 1) {
            int gap = later.firstYear > lastYear ? lastYear + 1 : later.lastYear + 1;
            throw new InvalidInputException(
                    "years",
                    "must leave no gap after joining " + firstYear + "-" + lastYear + " and " + later.firstYear + "-"
                            + later.lastYear + "; missing year",
                    gap);
        }
        LocalDate from = LocalDate.of(later.firstYear, 1, 1);
        LocalDate to = LocalDate.of(later.lastYear + 1, 1, 1);
        NavigableMap<LocalDate, String> h = new TreeMap<>(holidays);
        NavigableMap<LocalDate, String> m = new TreeMap<>(makeUpWorkdays);
        h.subMap(from, to).clear();
        m.subMap(from, to).clear();
        h.putAll(later.holidays);
        m.putAll(later.makeUpWorkdays);
        NavigableSet<Integer> p = new TreeSet<>(provisionalYears);
        p.subSet(later.firstYear, true, later.lastYear, true).clear();
        p.addAll(later.provisionalYears);
        return new HolidaySchedule(source + "; " + later.source, zone, first, last, h, m, p);
    }

    /** Where the facts came from, as the file says (several sources joined by {@code "; "}). */
    public String source() {
        return source;
    }

    /** The zone whose local dates the facts are about. */
    public ZoneId zone() {
        return zone;
    }

    /** The first covered year. */
    public int firstYear() {
        return firstYear;
    }

    /** The last covered year. */
    public int lastYear() {
        return lastYear;
    }

    /**
     * The covered years whose facts are provisional (computed from the statutory rules, not
     * published), ascending; unmodifiable; empty for a schedule read from a file.
     */
    public NavigableSet<Integer> provisionalYears() {
        return provisionalYears;
    }

    /** True if {@code year} is covered and provisional. */
    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    /** True if {@code year} has data. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Every holiday date with its name (e.g. 春节), in date order; unmodifiable. */
    public NavigableMap<LocalDate, String> holidays() {
        return holidays;
    }

    /** Every make-up working day with the holiday it belongs to, in date order; unmodifiable. */
    public NavigableMap<LocalDate, String> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    @Override
    public String toString() {
        String provisional = provisionalYears.isEmpty()
                ? ""
                : ", " + provisionalYears.size() + " provisional years from " + provisionalYears.first();
        return "HolidaySchedule[" + firstYear + "-" + lastYear + ", " + zone + ", " + holidays.size() + " holidays, "
                + makeUpWorkdays.size() + " make-up working days" + provisional + "]";
    }

    /** Loaded on first use; a malformed resource is a build defect and fails loudly. */
    private static final class China {
        static final HolidaySchedule OFFICIAL = load();
        static final HolidaySchedule SCHEDULE =
                OFFICIAL.plus(chinaStatutory(OFFICIAL.lastYear() + 1, FestivalDates.LAST_YEAR));

        private static HolidaySchedule load() {
            try (InputStream in = HolidaySchedule.class.getResourceAsStream(CHINA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + CHINA_RESOURCE + " is missing from grid-workflow");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), CHINA_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
