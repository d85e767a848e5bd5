package org.gridgov.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.core.internal.JsonValues;

/**
 * Words for what a field expects and for what was found instead, never a Java class name and
 * never the text of a value that may be personal: a wrong string is "a string of 11 characters",
 * a wrong number "a whole number of 11 digits". Only a word shaped like an enum constant
 * ({@code TEMPLE}) is shown as written. Stateless.
 */
final class Kinds {
    private Kinds() {}

    /** What a value of {@code type} looks like in JSON. */
    static String expected(Class<?> type) {
        return expected(type, 0);
    }

    private static String expected(Class<?> type, int depth) {
        if (type == null) {
            return "a value of the expected kind";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return "a whole number";
        }
        if (type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + constants(type);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (type == LocalDate.class) {
            return "an ISO date such as 2026-02-13";
        }
        if (type == LocalTime.class) {
            return "a time such as 08:30";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO date and time with offset such as 2026-02-13T16:00+08:00";
        }
        if (type == Duration.class) {
            return "an ISO duration such as PT3H";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "a time-zone id such as Asia/Shanghai";
        }
        Class<?> delegate = depth < 3 ? delegateOf(type) : null;
        return delegate == null ? "an object" : expected(delegate, depth + 1);
    }

    /** The one parameter of a delegating {@code @JsonCreator}, e.g. a code read from a string. */
    private static Class<?> delegateOf(Class<?> type) {
        return Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                .filter(e -> e.isAnnotationPresent(JsonCreator.class))
                .filter(e -> e instanceof java.lang.reflect.Constructor || Modifier.isStatic(e.getModifiers()))
                .filter(e -> e.getParameterCount() == 1)
                .filter(e -> e.getAnnotation(JsonCreator.class).mode() != JsonCreator.Mode.PROPERTIES)
                .map(Executable::getParameterTypes)
                .map(p -> p[0])
                .findFirst()
                .orElse(null);
    }

    static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** The token the parser stands on, by kind and size. */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "nothing";
        }
        try {
            return switch (t) {
                case VALUE_STRING -> string(p.getText());
                case VALUE_NUMBER_INT -> wholeNumber(p.getText());
                case VALUE_NUMBER_FLOAT -> "a decimal number";
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                case START_ARRAY, END_ARRAY -> "an array";
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
                default -> "a value";
            };
        } catch (IOException e) {
            return "a value";
        }
    }

    static String string(String text) {
        return JsonValues.describe(text);
    }

    static String wholeNumber(String text) {
        return JsonValues.wholeNumber(text);
    }

    /** The range of a whole-number type, for an overflow. */
    static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return "a whole number from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (type == byte.class || type == Byte.class) {
            return "a whole number from " + Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
        }
        return "a number in range";
    }

    /** Keys of an object, for an unknown one. */
    static String keys(Collection<Object> known) {
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        return String.join(", ", names);
    }
}
