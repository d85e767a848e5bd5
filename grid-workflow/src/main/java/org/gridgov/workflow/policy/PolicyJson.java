package org.gridgov.workflow.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * Reads and writes the workflow policies as JSON: the {@link Taxonomy}, the
 * {@link RoutingPolicy}, the {@link AdmissionList} and the {@link ModePolicy}.
 *
 * <p>Every error is an {@link InvalidInputException} whose path starts with the source name and
 * continues with the JSON path, e.g. {@code routing.json:rules[2].level}. Unknown properties are
 * errors. SLA policies are read with {@link GridJson#mapper()}, stricter still: duplicate keys,
 * numbers for enums, trailing content and absent numbers are errors too. Dates are ISO ({@code 2026-02-10}). Stateless and thread-safe.
 */
public final class PolicyJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** SLA policies are read strictly, as {@link GridJson#mapper()} reads: a duplicate key is an error. */
    private static final ObjectMapper STRICT = GridJson.mapper();

    private PolicyJson() {}

    /** Reads a routing policy from a file. */
    public static RoutingPolicy routing(Path file) {
        return read(file, RoutingPolicy.class);
    }

    /** Reads a taxonomy from a file. */
    public static Taxonomy taxonomy(Path file) {
        return read(file, Taxonomy.class);
    }

    /** Reads an admission list from a file. */
    public static AdmissionList admissions(Path file) {
        return read(file, AdmissionList.class);
    }

    /** Reads a mode policy from a file. */
    public static ModePolicy modePolicy(Path file) {
        return read(file, ModePolicy.class);
    }

    /** Reads an SLA policy ({@code grid-sla/1}) from a file. */
    public static SlaPolicy sla(Path file) {
        return read(file, SlaPolicy.class);
    }

    /**
     * Reads a value of {@code type} from a file; the file name prefixes error paths.
     *
     * @throws InvalidInputException if the file is malformed or breaks a rule of the value
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> T read(Path file, Class<T> type) {
        requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(String.valueOf(file.getFileName()), in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value of {@code type} from a stream; {@code source} prefixes error paths.
     *
     * @throws InvalidInputException if the JSON is malformed or breaks a rule of the value
     */
    public static <T> T read(String source, InputStream in, Class<T> type) {
        try {
            T value = mapperFor(type).readValue(in, type);
            if (value == null) {
                throw new InvalidInputException(source, "the document holds a " + type.getSimpleName(), "null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw located(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a value of {@code type} from text; {@code source} prefixes error paths.
     *
     * @throws InvalidInputException if the JSON is malformed or breaks a rule of the value
     */
    public static <T> T read(String source, String json, Class<T> type) {
        return read(source, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    /** The JSON of a policy value, indented; reading it back gives an equal value. */
    public static String write(Object value) {
        try {
            return mapperFor(value.getClass()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not a policy value: " + value.getClass().getName(), e);
        }
    }

    private static ObjectMapper mapperFor(Class<?> type) {
        return type == SlaPolicy.class ? STRICT : MAPPER;
    }

    private static InvalidInputException located(String source, JsonProcessingException e) {
        String path = e instanceof JsonMappingException ? jsonPath((JsonMappingException) e) : "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                InvalidInputException inner = (InvalidInputException) t;
                String where =
                        path.isEmpty() ? inner.path() : inner.path().isEmpty() ? path : path + "." + inner.path();
                return new InvalidInputException(source + ":" + where, inner.rule(), new Rendered(inner.value()), e);
            }
        }
        String at = source + ":" + (path.isEmpty() ? "$" : path);
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            return new InvalidInputException(
                    at, "not a known property; known are " + u.getKnownPropertyIds(), u.getPropertyName(), e);
        }
        if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            return new InvalidInputException(
                    at, "not a valid " + f.getTargetType().getSimpleName(), f.getValue(), e);
        }
        JsonLocation loc = e.getLocation();
        String line = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        return new InvalidInputException(
                at, "well-formed JSON of the expected shape" + line, firstLine(e.getOriginalMessage()), e);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            }
        }
        return s.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A value rendered already, so it is not quoted twice. */
    private record Rendered(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
