package org.gridgov.workflow.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.gridgov.core.json.GridJson;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.office.OfficeSettings;
import org.gridgov.workflow.office.VisitWarning;

/**
 * How values become columns and back: jsonb through {@link GridJson#mapper()} (compact), instants as
 * {@code timestamptz} (PostgreSQL keeps microseconds; instants beyond its range become infinity).
 * Stateless and thread-safe.
 */
final class Rows {
    private static final ObjectMapper JSON = GridJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter WRITER = JSON.writer();
    private static final ObjectReader MATTER = JSON.readerFor(Matter.class);
    private static final ObjectReader TRANSITION = JSON.readerFor(Transition.class);
    private static final ObjectReader EVENT = JSON.readerFor(OfficeEvent.class);
    private static final ObjectReader FACTS = JSON.readerFor(Facts.class);
    private static final ObjectReader SETTINGS = JSON.readerFor(OfficeSettings.class);
    private static final ObjectReader VISIT_WARNING = JSON.readerFor(VisitWarning.class);
    /** Beyond these, PostgreSQL's timestamptz has no value: queries use infinity. */
    private static final Instant LATEST = Instant.parse("+200000-01-01T00:00:00Z");

    private static final Instant EARLIEST = Instant.parse("-4000-01-01T00:00:00Z");

    private Rows() {}

    static String json(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored value always writes as JSON: " + value.getClass(), e);
        }
    }

    static Matter matter(String json) {
        return read(MATTER, json);
    }

    static Transition transition(String json) {
        return read(TRANSITION, json);
    }

    static OfficeEvent event(String json) {
        return read(EVENT, json);
    }

    static Facts facts(String json) {
        return read(FACTS, json);
    }

    static VisitWarning visitWarning(String json) {
        return read(VISIT_WARNING, json);
    }

    static OfficeSettings settings(String json) {
        return read(SETTINGS, json);
    }

    private static <T> T read(ObjectReader reader, String json) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            // a row this store wrote: a newer or foreign writer's row that this version cannot read
            throw new IllegalStateException("a stored row does not read as " + reader.getValueType(), e);
        }
    }

    static void instant(PreparedStatement s, int i, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (at.isAfter(LATEST)) {
            s.setObject(i, OffsetDateTime.MAX);
        } else if (at.isBefore(EARLIEST)) {
            s.setObject(i, OffsetDateTime.MIN);
        } else {
            s.setObject(i, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    /**
     * An instant as PostgreSQL's {@code timestamptz} text input, for the array parameters of a batch:
     * {@code null} stays null; beyond the range, {@code infinity}; otherwise UTC to the microsecond
     * (rounded half up, as the driver rounds {@link #instant(PreparedStatement, int, Instant)}),
     * years before 1 written {@code BC}.
     */
    static String text(Instant at) {
        if (at == null) {
            return null;
        } else if (at.isAfter(LATEST)) {
            return "infinity";
        } else if (at.isBefore(EARLIEST)) {
            return "-infinity";
        }
        OffsetDateTime t = at.plusNanos(500).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        int year = t.getYear();
        return String.format(
                Locale.ROOT,
                "%04d-%02d-%02d %02d:%02d:%02d.%06d+00%s",
                year > 0 ? year : 1 - year,
                t.getMonthValue(),
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond(),
                t.getNano() / 1000,
                year > 0 ? "" : " BC");
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
