package org.gridgov.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridgov.core.InvalidInputException;

/**
 * The JSON conventions of the grid library, shared by every module: a strictly configured
 * Jackson mapper, and the translation of Jackson's errors into {@link InvalidInputException}s
 * that name the JSON path, the rule and the value.
 *
 * <p>Strict means: unknown fields, trailing content, duplicate keys, numbers for enums, floats
 * for integers and nulls for primitives are errors, not guesses. Dates and instants are ISO 8601
 * text; absent optionals and nulls are left out when writing. Mappers are thread-safe once configured; {@link #mapper()} returns a new one each call so
 * callers may reconfigure theirs.
 */
public final class GridJson {
    private GridJson() {}

    /** A new strictly configured mapper. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * The same failure as an {@link InvalidInputException}: path {@code source:json.path} (or the
     * JSON path alone when {@code source} is null), the rule broken, and the value.
     */
    public static InvalidInputException invalidInput(JsonProcessingException e, String source) {
        String path = e instanceof JsonMappingException ? path(((JsonMappingException) e).getPath()) : parserPath(e);
        InvalidInputException cause = causeOf(e);
        String rule;
        String value;
        if (cause != null) {
            if (!path.endsWith(cause.path())) {
                path = path.isEmpty() ? cause.path() : path + "." + cause.path();
            }
            rule = cause.rule();
            value = cause.value();
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            rule = "a known field (" + u.getKnownPropertyIds() + ")";
            value = "'" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            rule = "a value of type " + simpleName(f.getTargetType());
            value = "'" + f.getValue() + "'";
        } else if (e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            rule = m.getTargetType() == null ? firstLine(e) : "a value of type " + simpleName(m.getTargetType());
            value = firstLine(e);
        } else {
            rule = "well-formed JSON";
            value = firstLine(e) + location(e);
        }
        String where = path.isEmpty() ? "$" : path;
        return InvalidInputException.ofText(source == null ? where : source + ":" + where, rule, value, e);
    }

    private static InvalidInputException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                return (InvalidInputException) t;
            }
            if (t instanceof ValueInstantiationException
                    && t.getCause() instanceof IllegalStateException
                    && t.getCause().getMessage() != null
                    && t.getCause().getMessage().startsWith("Cannot build")) {
                String missing = t.getCause().getMessage().replaceAll(".*\\[(.*)\\].*", "$1");
                return new InvalidInputException(missing.replace("'", ""), "a required field", null);
            }
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** Where the parser stood when it failed (e.g. {@code areas[3].code}), for errors in the text itself. */
    private static String parserPath(JsonProcessingException e) {
        if (!(e instanceof StreamReadException) || !(((StreamReadException) e).getProcessor() instanceof JsonParser)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ((JsonParser) ((StreamReadException) e).getProcessor()).getParsingContext();
                c != null && !c.inRoot();
                c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String simpleName(Class<?> type) {
        return type.isEnum()
                ? type.getSimpleName() + " " + Arrays.toString(type.getEnumConstants())
                : type.getSimpleName();
    }

    private static String firstLine(Exception e) {
        String m = e instanceof JsonProcessingException
                ? ((JsonProcessingException) e).getOriginalMessage()
                : e.getMessage();
        m = m == null ? e.getClass().getSimpleName() : m;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }
}
