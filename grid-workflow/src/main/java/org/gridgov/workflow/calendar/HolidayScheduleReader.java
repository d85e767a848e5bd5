package org.gridgov.workflow.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gridgov.core.internal.JsonValues;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;

/**
 * Reads the {@code grid-holidays/1} JSON format strictly: the text as {@link GridJson#read} reads
 * it (UTF-8, no duplicate keys, nothing after the document), then unknown fields, missing fields,
 * wrong types and broken rules, all failing as a {@link JsonInputException}
 * {@code cn-2027.json: $.years[0].holidays[3].to: rule (value)}. Dates, years and holiday names
 * are shown as written; any other text by its kind and length. Not thread-safe (one instance per
 * read).
 */
final class HolidayScheduleReader {
    static final String FORMAT = "grid-holidays/1";
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}");
    private static final Pattern ZONE_LIKE = Pattern.compile("[A-Za-z_]+(/[A-Za-z0-9_+-]+)+|UTC|GMT|Z|[+-][0-9:]{1,8}");

    private final String name;
    private final NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    private final NavigableMap<LocalDate, String> makeUpWorkdays = new TreeMap<>();

    HolidayScheduleReader(String name) {
        this.name = name;
    }

    HolidaySchedule read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    HolidaySchedule read(byte[] json) {
        JsonNode root = GridJson.read(json, name, JsonNode.class);
        requireObject(root, "$", Set.of("format", "source", "zone", "years"));
        String format = text(root, "format", "$");
        if (!FORMAT.equals(format)) {
            throw fail("format", "must be '" + FORMAT + "'", JsonValues.describe(format));
        }
        String source = text(root, "source", "$");
        ZoneId zone = root.has("zone") ? zone(text(root, "zone", "$")) : HolidaySchedule.CHINA_ZONE;
        JsonNode years = root.get("years");
        if (years == null || !years.isArray() || years.isEmpty()) {
            throw fail("years", "must be a non-empty array of years", JsonValues.describe(years));
        }
        int first = 0;
        for (int i = 0; i < years.size(); i++) {
            int year = year(years.get(i), "years[" + i + "]", i == 0 ? null : first + i);
            if (i == 0) {
                first = year;
            }
        }
        return new HolidaySchedule(source, zone, first, first + years.size() - 1, holidays, makeUpWorkdays);
    }

    private int year(JsonNode node, String path, Integer expected) {
        requireObject(node, path, Set.of("year", "holidays", "makeUpWorkdays"));
        JsonNode y = node.get("year");
        if (y == null || !y.isIntegralNumber()) {
            throw fail(path + ".year", "must be a whole number", JsonValues.describe(y));
        }
        if (!y.canConvertToInt() || y.intValue() < MIN_YEAR || y.intValue() > MAX_YEAR) {
            throw fail(
                    path + ".year",
                    "must be between " + MIN_YEAR + " and " + MAX_YEAR,
                    y.canConvertToInt() ? String.valueOf(y.intValue()) : JsonValues.describe(y));
        }
        int year = y.intValue();
        if (expected != null && year != expected) {
            throw fail(path + ".year", "must be " + expected + ": years are consecutive and ascending", "" + year);
        }
        JsonNode hs = array(node, "holidays", path);
        for (int j = 0; j < hs.size(); j++) {
            holiday(hs.get(j), path + ".holidays[" + j + "]", year);
        }
        JsonNode ms = array(node, "makeUpWorkdays", path);
        for (int j = 0; j < ms.size(); j++) {
            makeUp(ms.get(j), path + ".makeUpWorkdays[" + j + "]", year);
        }
        return year;
    }

    private void holiday(JsonNode node, String path, int year) {
        requireObject(node, path, Set.of("name", "from", "to"));
        String holiday = text(node, "name", path);
        LocalDate from = date(node, "from", path, year);
        LocalDate to = date(node, "to", path, year);
        if (to.isBefore(from)) {
            throw fail(path + ".to", "must not be before from (" + from + ")", quoted(to));
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (holidays.putIfAbsent(d, holiday) != null) {
                throw fail(path, "must not overlap another holiday of the year; repeated date", quoted(d));
            }
        }
    }

    private void makeUp(JsonNode node, String path, int year) {
        requireObject(node, path, Set.of("name", "date"));
        String holiday = text(node, "name", path);
        LocalDate date = date(node, "date", path, year);
        DayOfWeek dow = date.getDayOfWeek();
        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw fail(
                    path + ".date",
                    "must be a Saturday or Sunday (a make-up working day replaces a rest day), not a " + dow,
                    quoted(date));
        }
        if (holidays.containsKey(date)) {
            throw fail(path + ".date", "must not also be a holiday", quoted(date));
        }
        if (makeUpWorkdays.putIfAbsent(date, holiday) != null) {
            throw fail(path + ".date", "must not repeat another make-up working day", quoted(date));
        }
    }

    private LocalDate date(JsonNode node, String field, String path, int year) {
        String text = text(node, field, path);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw fail(
                    path + "." + field,
                    "must be an ISO date yyyy-MM-dd",
                    DATE_LIKE.matcher(text).matches() ? "'" + text + "'" : JsonValues.describe(text));
        }
        if (date.getYear() != year) {
            throw fail(path + "." + field, "must lie in the entry's year " + year, "'" + text + "'");
        }
        return date;
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw fail(
                    "zone",
                    "must be a time-zone id such as Asia/Shanghai",
                    ZONE_LIKE.matcher(text).matches() ? "'" + text + "'" : JsonValues.describe(text));
        }
    }

    private void requireObject(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be a JSON object", JsonValues.describe(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw fail(
                        path.equals("$") ? field : path + "." + field,
                        "is not a field of " + FORMAT + " (allowed here: " + String.join(", ", new TreeSet<>(allowed))
                                + ")",
                        "an unknown field");
            }
        }
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        String at = path.equals("$") ? field : path + "." + field;
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw fail(at, "must be a non-blank string", JsonValues.describe(v));
        }
        return v.textValue();
    }

    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw fail(path + "." + field, "must be an array (possibly empty)", JsonValues.describe(v));
        }
        return v;
    }

    private static String quoted(LocalDate date) {
        return "'" + date + "'";
    }

    private JsonInputException fail(String path, String rule, String value) {
        return new JsonInputException(name, path.equals("$") ? "$" : "$." + path, rule, value);
    }
}
