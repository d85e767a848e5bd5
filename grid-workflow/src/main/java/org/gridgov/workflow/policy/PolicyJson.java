package org.gridgov.workflow.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * Reads and writes the workflow policies as JSON: the {@link Taxonomy}, the
 * {@link RoutingPolicy}, the {@link AdmissionList} and the {@link ModePolicy}.
 *
 * <p>Every file is read as {@link GridJson#read(byte[], String, Class)} reads: strictly (UTF-8,
 * no duplicate keys, no trailing content, no unknown fields, no coerced numbers or enums), and
 * every error is a {@link JsonInputException} in the one form
 * {@code routing.json: $.rules[2].level: rule (value)}. Dates are ISO ({@code 2026-02-10}).
 * Stateless and thread-safe.
 */
public final class PolicyJson {
    /** For writing only; reading goes through {@link GridJson#read(byte[], String, Class)}. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** SLA policies are written as {@link GridJson#mapper()} writes (absent optionals left out). */
    private static final ObjectMapper SLA_WRITER = GridJson.mapper();

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
     * @throws InvalidInputException if the file is malformed or breaks a rule of the value (a
     *     {@link JsonInputException})
     * @throws UncheckedIOException if the file cannot be read
     */
    public static <T> T read(Path file, Class<T> type) {
        requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return GridJson.read(bytes, String.valueOf(file.getFileName()), type);
    }

    /**
     * Reads a value of {@code type} from a stream; {@code source} prefixes error paths.
     *
     * @throws InvalidInputException if the JSON is malformed or breaks a rule of the value
     */
    public static <T> T read(String source, InputStream in, Class<T> type) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return GridJson.read(bytes, source, type);
    }

    /**
     * Reads a value of {@code type} from text; {@code source} prefixes error paths.
     *
     * @throws InvalidInputException if the JSON is malformed or breaks a rule of the value
     */
    public static <T> T read(String source, String json, Class<T> type) {
        return GridJson.read(json, source, type);
    }

    /** The JSON of a policy value, indented; reading it back gives an equal value. */
    public static String write(Object value) {
        try {
            return (value instanceof SlaPolicy ? SLA_WRITER : MAPPER).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not a policy value: " + value.getClass().getName(), e);
        }
    }
}
