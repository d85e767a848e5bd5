package org.gridgov.core.privacy;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A personal value that is never shown in clear: {@link #toString()} and JSON give {@link
 * #masked()}; only {@link Revealer} reads the clear text. Implementations are the kinds of this
 * package; each is immutable, thread-safe and equal by its clear text.
 */
public abstract class Sensitive {
    Sensitive() {}

    /** The clear text, for {@link Revealer} only. */
    abstract String clear();

    /** The value with most of it hidden, safe to show and log. */
    public abstract String masked();

    /** The masked value. */
    @JsonValue
    @Override
    public final String toString() {
        return masked();
    }

    @Override
    public final boolean equals(Object o) {
        return o != null
                && o.getClass() == getClass()
                && ((Sensitive) o).clear().equals(clear());
    }

    @Override
    public final int hashCode() {
        return clear().hashCode();
    }

    /** {@code text} with all but its first {@code head} and last {@code tail} characters as {@code *}. */
    static String hideMiddle(String text, int head, int tail) {
        int length = text.length();
        if (head + tail >= length) {
            return "*".repeat(length);
        }
        return text.substring(0, head) + "*".repeat(length - head - tail) + text.substring(length - tail);
    }

    /** How a rejected value is shown in a message: its kind and length, never its text. */
    static String describe(String text) {
        int length = text.codePointCount(0, text.length());
        return "a text of " + length + (length == 1 ? " character" : " characters");
    }
}
