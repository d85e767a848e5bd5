package org.gridgov.core.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;

/**
 * A JSON file (or text) that breaks a rule, reported in one form by every reader of the library
 * (plans, policies, events, holiday calendars, GeoJSON):
 *
 * <pre>{@code plan.json: $.areas[3].households: households are 0 or more (-1)}</pre>
 *
 * <p>That is the file as the caller named it, the JSON path inside it ({@code $} for the whole
 * document), the rule broken, and the value. The value never repeats text that may be personal:
 * a wrong-typed or unreadable token is described by its kind and length ({@code a string of 11
 * characters}), a position in the text by line and column. {@link #path()} is the file and the
 * JSON path joined by {@code ": "}. Immutable and thread-safe.
 */
public class JsonInputException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String jsonPath;

    /**
     * A failure at {@code jsonPath} (starting with {@code $}) in {@code file} (null when the text
     * has no name); {@code valueText} is shown as given, so the caller renders it.
     */
    public JsonInputException(String file, String jsonPath, String rule, String valueText, Throwable cause) {
        super(
                where(file, jsonPath) + ": " + requireNonNull(rule, "rule") + " ("
                        + requireNonNull(valueText, "valueText") + ")",
                where(file, jsonPath),
                rule,
                valueText,
                cause);
        this.file = file;
        this.jsonPath = jsonPath;
    }

    /** A failure found by a reader itself (not by the parser), with no cause. */
    public JsonInputException(String file, String jsonPath, String rule, String valueText) {
        this(file, jsonPath, rule, valueText, null);
    }

    /** The file as the caller named it, if the text had a name. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The JSON path inside the file, e.g. {@code $.areas[3].households}; {@code $} is the document. */
    public String jsonPath() {
        return jsonPath;
    }

    private static String where(String file, String jsonPath) {
        requireNonNull(jsonPath, "jsonPath");
        if (!jsonPath.startsWith("$")) {
            throw new IllegalArgumentException("a JSON path starts with $: " + jsonPath);
        }
        return file == null ? jsonPath : file + ": " + jsonPath;
    }
}
