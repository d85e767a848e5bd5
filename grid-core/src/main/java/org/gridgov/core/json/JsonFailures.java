package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.gridgov.core.InvalidInputException;

/**
 * Turns whatever went wrong while reading JSON into the one {@link JsonInputException} form,
 * from the exceptions' types and fields alone (never from their message text): the parser's
 * syntax errors, databind's binding errors, and the {@link InvalidInputException}s that value
 * types throw from their constructors and checks. Stateless.
 */
final class JsonFailures {
    private static final JsonFactory PLAIN = new JsonFactory();

    private JsonFailures() {}

    static RuntimeException translate(Exception e, StrictParser parser, String file, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonInputException located) {
                return located;
            }
        }
        if (e instanceof InvalidDefinitionException) {
            return new IllegalStateException("a type of the library cannot be read from JSON", e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return syntax((JsonProcessingException) t, parser, file, text);
            }
        }
        if (e instanceof JsonMappingException m) {
            return binding(m, parser, file);
        }
        if (e instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }

    /** The JSON path where the valid text {@code before} leaves off. */
    static String pathAtEnd(String before) {
        JsonParser p;
        try {
            p = PLAIN.createParser(before);
        } catch (IOException e) {
            return "$";
        }
        try (p) {
            while (p.nextToken() != null) {
                // walk to where the text stops
            }
        } catch (IOException e) {
            // the text is cut off mid-way: the context says where
        }
        return JsonPaths.render(JsonPaths.of(p.getParsingContext()));
    }

    private static JsonInputException syntax(JsonProcessingException e, StrictParser parser, String file, String text) {
        String path = JsonPaths.render(JsonPaths.of(parser.getParsingContext()));
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (e instanceof InputCoercionException c) {
            return new JsonInputException(file, path, Kinds.range(c.getTargetType()), Kinds.found(parser) + where, e);
        }
        if (e instanceof StreamConstraintsException) {
            return new JsonInputException(
                    file, path, "numbers and strings within the reader's size limits", "a longer one" + where, e);
        }
        if (e instanceof JsonEOFException) {
            return new JsonInputException(file, path, "complete JSON", "the text ends" + where, e);
        }
        return new JsonInputException(
                file, path, "well-formed JSON", unexpected(text, at == null ? -1 : at.getCharOffset()) + where, e);
    }

    private static JsonInputException binding(JsonMappingException e, StrictParser parser, String file) {
        List<String> path = JsonPaths.of(e.getPath());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException inner) {
                String at = JsonPaths.render(JsonPaths.join(path, JsonPaths.parse(inner.path())));
                return new JsonInputException(file, at, inner.rule(), inner.value(), e);
            }
        }
        String at = JsonPaths.render(path);
        JsonParser where = e.getProcessor() instanceof JsonParser p ? p : parser;
        if (e instanceof UnrecognizedPropertyException u) {
            return new JsonInputException(
                    file, at, "one of the fields " + Kinds.keys(u.getKnownPropertyIds()), "an unknown field", e);
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            String value = f.getValue() instanceof String s ? Kinds.string(s) : Kinds.found(where);
            return new JsonInputException(file, at, "one of " + Kinds.constants(f.getTargetType()), value, e);
        }
        if (e instanceof MismatchedInputException m) {
            return new JsonInputException(file, at, Kinds.expected(m.getTargetType()), Kinds.found(where), e);
        }
        if (e.getCause() instanceof NullPointerException) {
            return new JsonInputException(file, at, "a value, not null", "null", e);
        }
        return new JsonInputException(file, at, "a valid value", Kinds.found(where), e);
    }

    /** What stands at {@code offset} in the text, by kind: punctuation as is, words by length. */
    static String unexpected(String text, long offset) {
        if (offset < 0 || offset > text.length() || (offset == text.length() && !endsInWord(text))) {
            return "the end of the text";
        }
        int i = (int) offset;
        if (i > 0 && isWord(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '.') {
            int start = i;
            while (start > 0 && isWord(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            int end = i;
            while (end < text.length() && isWord(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            return "an unquoted word of " + text.codePointCount(start, end) + " characters";
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format("the control character U+%04X", c);
        }
        if (c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return String.format("the character U+%04X", c);
    }

    private static boolean endsInWord(String text) {
        return !text.isEmpty() && isWord(text.codePointBefore(text.length()));
    }

    private static boolean isWord(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '+' || c == '.';
    }
}
