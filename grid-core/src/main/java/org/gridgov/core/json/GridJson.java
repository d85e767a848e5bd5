package org.gridgov.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.InvalidInputException;

/**
 * The JSON conventions of the grid library, shared by every module: one strictness and one
 * error form for every file the library reads (plans, policies, events, holiday calendars,
 * GeoJSON).
 *
 * <p>{@link #read(byte[], String, Class)} is the front door: it reads a file's bytes into a value
 * (or, with {@code JsonNode.class}, a tree) and reports every failure as a
 * {@link JsonInputException} {@code FILE: $.path: rule (value)}. Strict means: UTF-8 only, with no
 * byte-order mark and no invalid byte; one JSON value and nothing after it; each key at most once
 * per object; nesting at most 100 levels; unknown fields, numbers for enums, floats for integers,
 * numbers or booleans for strings, strings for numbers, and explicit nulls for primitive numbers are errors,
 * not guesses. A value type's own rule (an {@link InvalidInputException} from its constructor or
 * check, a {@link org.gridgov.core.MissingFieldException} from its builder) is reported at the
 * path of the value. Messages never contain a Java class name or a value that may be personal.
 *
 * <p>{@link #mapper()} gives the same configuration for writing (dates and instants as ISO 8601
 * text; absent optionals and nulls left out). Stateless and thread-safe; each call of
 * {@link #mapper()} returns a new mapper so callers may reconfigure theirs.
 */
public final class GridJson {
    /** Reads for {@link #read}: duplicates and trailing content are checked by {@link StrictParser}. */
    private static final ObjectMapper READER = builder()
            .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GridJson() {}

    /** A new strictly configured mapper. */
    public static ObjectMapper mapper() {
        return builder().build();
    }

    /**
     * Reads {@code json}, the bytes of a file, as a {@code type}; {@code file} names it in errors
     * (null for none).
     *
     * @throws JsonInputException if the bytes are not strict JSON of that type, or a value breaks
     *     its own rules
     */
    public static <T> T read(byte[] json, String file, Class<T> type) {
        requireNonNull(json, "json");
        requireNonNull(type, "type");
        String text = Utf8Text.decode(json, file, JsonFailures::pathAtEnd);
        StrictParser parser;
        try {
            parser = new StrictParser(READER.createParser(text), file);
        } catch (IOException e) {
            throw new IllegalStateException("a parser over text always opens", e);
        }
        try {
            if (parser.nextToken() == null) {
                throw new JsonInputException(file, "$", "a JSON document", "an empty text");
            }
            T value = READER.readValue(parser, type);
            if (value == null) {
                throw new JsonInputException(file, "$", "a JSON object", "null");
            }
            requireNothingAfter(parser, file);
            return value;
        } catch (JsonInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // translated before the parser closes: the failure is described by the token it stands on
            throw JsonFailures.translate(e, parser, file, text);
        } finally {
            close(parser);
        }
    }

    private static void close(StrictParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            // a parser over a string holds nothing to release
        }
    }

    /** Reads JSON text as a {@code type}, as {@link #read(byte[], String, Class)} reads its UTF-8 bytes. */
    public static <T> T read(String json, String file, Class<T> type) {
        return read(requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), file, type);
    }

    /**
     * A rule broken by a value read from {@code file}, found after reading (e.g. a plan's codes
     * that do not nest), in the one form; {@code e}'s path is taken as a path from the document
     * root ({@code areas[3].code}).
     */
    public static JsonInputException locate(InvalidInputException e, String file) {
        if (e instanceof JsonInputException located) {
            return located;
        }
        return new JsonInputException(file, JsonPaths.render(JsonPaths.parse(e.path())), e.rule(), e.value(), e);
    }

    private static void requireNothingAfter(StrictParser parser, String file) {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            at = e.getLocation();
        } catch (IOException e) {
            at = null;
        }
        throw new JsonInputException(
                file,
                "$",
                "one JSON value and nothing after it",
                at == null ? "more text" : "more text at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(AbsentPrimitives.module())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
