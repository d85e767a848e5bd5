package org.gridgov.workflow.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.core.InvalidInputException;

/**
 * Reads the {@code grid-holidays/1} JSON format strictly: unknown fields, missing fields,
 * wrong types and broken rules all fail with the file name, the JSON path, the rule and
 * the value. Not thread-safe (one instance per read).
 */
final class HolidayScheduleReader {
    static final String FORMAT = "grid-holidays/1";
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final String name;
    private final NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    private final NavigableMap<LocalDate, String> makeUpWorkdays = new TreeMap<>();

    HolidayScheduleReader(String name) {
        this.name = name;
    }

    HolidaySchedule read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException(
                    name + ":" + where, "must be well-formed JSON (" + e.getOriginalMessage() + ")", null, e);
        }
        requireObject(root, "$", Set.of("format", "source", "zone", "years"));
        String format = text(root, "format", "$");
        if (!FORMAT.equals(format)) {
            throw fail("format", "must be '" + FORMAT + "'", format);
        }
        String source = text(root, "source", "$");
        ZoneId zone = root.has("zone") ? zone(text(root, "zone", "$")) : HolidaySchedule.CHINA_ZONE;
        JsonNode years = root.get("years");
        if (years == null || !years.isArray() || years.isEmpty()) {
            throw fail("years", "must be a non-empty array of years", render(years));
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
        if (y == null || !y.canConvertToInt() || !y.isIntegralNumber()) {
            throw fail(path + ".year", "must be a whole number", render(y));
        }
        int year = y.intValue();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw fail(path + ".year", "must be between " + MIN_YEAR + " and " + MAX_YEAR, year);
        }
        if (expected != null && year != expected) {
            throw fail(path + ".year", "must be " + expected + ": years are consecutive and ascending", year);
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
            throw fail(path + ".to", "must not be before from (" + from + ")", to.toString());
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (holidays.putIfAbsent(d, holiday) != null) {
                throw fail(path, "must not overlap another holiday of the year; repeated date", d.toString());
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
                    date.toString());
        }
        if (holidays.containsKey(date)) {
            throw fail(path + ".date", "must not also be a holiday", date.toString());
        }
        if (makeUpWorkdays.putIfAbsent(date, holiday) != null) {
            throw fail(path + ".date", "must not repeat another make-up working day", date.toString());
        }
    }

    private LocalDate date(JsonNode node, String field, String path, int year) {
        String text = text(node, field, path);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw fail(path + "." + field, "must be an ISO date yyyy-MM-dd", text);
        }
        if (date.getYear() != year) {
            throw fail(path + "." + field, "must lie in the entry's year " + year, text);
        }
        return date;
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw fail("zone", "must be a time-zone id such as Asia/Shanghai", text);
        }
    }

    private void requireObject(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be a JSON object", render(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw fail(
                        path.equals("$") ? field : path + "." + field,
                        "is not a field of " + FORMAT + " (allowed here: " + String.join(", ", new TreeSet<>(allowed))
                                + ")",
                        field);
            }
        }
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        String at = path.equals("$") ? field : path + "." + field;
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw fail(at, "must be a non-blank string", render(v));
        }
        return v.textValue();
    }

    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw fail(path + "." + field, "must be an array (possibly empty)", render(v));
        }
        return v;
    }

    private static String render(JsonNode v) {
        return v == null ? "missing" : v.toString();
    }

    private InvalidInputException fail(String path, String rule, Object value) {
        return new InvalidInputException(name + ":" + path, rule, value);
    }
}
