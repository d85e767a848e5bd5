package org.gridgov.core;

import static java.util.Objects.requireNonNull;

/**
 * Input that breaks a rule: a malformed file, a value out of range, a code that does
 * not fit its parent, an edit that would break the plan's invariants.
 *
 * <p>Names where ({@link #path()}: a field, or a JSON path such as
 * {@code areas[3].code}, prefixed by the file when there is one), which rule, and
 * the offending value. The value is rendered by the thrower; personal data is
 * masked before it gets here.
 */
public class InvalidInputException extends GridException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String rule;
    private final String value;

    public InvalidInputException(String path, String rule, Object value) {
        this(path, rule, value, null);
    }

    public InvalidInputException(String path, String rule, Object value, Throwable cause) {
        super(requireNonNull(path, "path") + ": " + requireNonNull(rule, "rule") + ", but was " + render(value), cause);
        this.path = path;
        this.rule = rule;
        this.value = render(value);
    }

    /**
     * For subclasses that compose their own one-line message from the same three parts (a file
     * error reads {@code FILE: $.json.path: rule (value)}); {@code valueText} is shown as given.
     */
    protected InvalidInputException(String message, String path, String rule, String valueText, Throwable cause) {
        super(requireNonNull(message, "message"), cause);
        this.path = requireNonNull(path, "path");
        this.rule = requireNonNull(rule, "rule");
        this.value = requireNonNull(valueText, "valueText");
    }

    /**
     * A failure whose value is already text as it should be shown (not quoted again), e.g. one
     * translated from a parser's error.
     */
    public static InvalidInputException ofText(String path, String rule, String valueText, Throwable cause) {
        return new InvalidInputException(path, rule, new Rendered(valueText), cause);
    }

    /** Where the bad value is: a field name or JSON path. */
    public String path() {
        return path;
    }

    /** The rule the value breaks, in words. */
    public String rule() {
        return rule;
    }

    /** The offending value as text ({@code null} renders as {@code null}). */
    public String value() {
        return value;
    }

    /**
     * The same failure, located under {@code prefix}: a file name ending in {@code :}, or an
     * enclosing JSON path such as {@code edits[3]}.
     */
    public InvalidInputException under(String prefix) {
        String joined = prefix.endsWith(":") || path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new InvalidInputException(joined, rule, new Rendered(value), this);
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    /** A value rendered once already, so it is not quoted again. */
    private static final class Rendered {
        private final String text;

        Rendered(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
