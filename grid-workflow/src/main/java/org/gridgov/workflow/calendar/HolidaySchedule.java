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
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;

/**
 * The official facts behind a working calendar: for each covered year, the public
 * holidays (法定节假日 and the rest days joined to them) and the make-up working days
 * (调休: a Saturday or Sunday that becomes a working day). Every other Monday-Friday is a
 * working day and every other Saturday and Sunday a rest day.
 *
 * <p>{@link #china()} ships mainland China 2018-2026 from the State Council notices.
 * Further years come from a JSON file in the format {@code grid-holidays/1} (see the
 * grid-workflow README) through {@link #read(Path)}, and are joined with {@link #plus}.
 *
 * <p>Invariants: the covered years are consecutive (no gap); every date lies in a covered
 * year; a make-up working day is a Saturday or Sunday and never a holiday. A schedule does
 * not check that its facts agree with the State Council: it carries what it was given.
 * Immutable and thread-safe.
 */
public final class HolidaySchedule {
    /** The zone of the China schedule and the default zone of a file without {@code zone}. */
    public static final ZoneId CHINA_ZONE = ZoneId.of("Asia/Shanghai");

    static final String CHINA_RESOURCE = "cn-holidays-2018-2026.json";

    private final String source;
    private final ZoneId zone;
    private final int firstYear;
    private final int lastYear;
    private final NavigableMap<LocalDate, String> holidays;
    private final NavigableMap<LocalDate, String> makeUpWorkdays;

    HolidaySchedule(
            String source,
            ZoneId zone,
            int firstYear,
            int lastYear,
            NavigableMap<LocalDate, String> holidays,
            NavigableMap<LocalDate, String> makeUpWorkdays) {
        this.source = source;
        this.zone = zone;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        this.makeUpWorkdays = Collections.unmodifiableNavigableMap(new TreeMap<>(makeUpWorkdays));
    }

    /** Mainland China 2018-2026, zone Asia/Shanghai, from the resource shipped in this module. */
    public static HolidaySchedule china() {
        return China.SCHEDULE;
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
     * whole from {@code later} (a corrected notice replaces the old one).
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
        return new HolidaySchedule(source + "; " + later.source, zone, first, last, h, m);
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
        return "HolidaySchedule[" + firstYear + "-" + lastYear + ", " + zone + ", " + holidays.size() + " holidays, "
                + makeUpWorkdays.size() + " make-up working days]";
    }

    /** Loaded on first use; a malformed resource is a build defect and fails loudly. */
    private static final class China {
        static final HolidaySchedule SCHEDULE = load();

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
