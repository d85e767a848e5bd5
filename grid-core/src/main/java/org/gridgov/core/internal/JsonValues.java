package org.gridgov.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * How the library's JSON readers show a value in an error: by kind and size, never its text
 * when that may be personal. Only words shaped like an enum constant ({@code TEMPLE}) or a format
 * name ({@code grid-plan/9}) are shown as written. For the readers of grid-core, grid-geo and
 * grid-workflow only (exported to them alone); stateless.
 */
public final class JsonValues {
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern FORMAT = Pattern.compile("[a-z]+(-[a-z]+)*/[0-9]{1,3}");

    private JsonValues() {}

    /** A string: {@code 'TEMPLE'} or {@code 'grid-plan/9'} as written, else {@code a string of 11 characters}. */
    public static String describe(String text) {
        if (text == null) {
            return "missing";
        }
        if (CONSTANT.matcher(text).matches() || FORMAT.matcher(text).matches()) {
            return "'" + text + "'";
        }
        int length = text.codePointCount(0, text.length());
        return "a string of " + length + (length == 1 ? " character" : " characters");
    }

    /** A whole number by its count of digits (it may be a phone or ID number). */
    public static String wholeNumber(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        return "a whole number of " + digits + (digits == 1 ? " digit" : " digits");
    }

    /** A node by kind: {@code missing}, {@code null}, {@code true}, a string or number as above, an array or object by size. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isTextual()) {
            return describe(node.textValue());
        }
        if (node.isIntegralNumber()) {
            return wholeNumber(node.asText());
        }
        if (node.isNumber()) {
            return "a decimal number";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty array" : "an array of " + node.size();
        }
        if (node.isObject()) {
            return node.isEmpty() ? "an empty object" : "an object";
        }
        return node.asText();
    }
}
