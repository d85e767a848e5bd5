package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON paths as the library prints them: {@code $}, then {@code .key} or {@code [index]} per
 * level. A key that is not a plain identifier is shown by its length only, since keys of free
 * form may hold anything; a path deeper than {@value #SHOWN} levels is shortened in the middle.
 * Stateless.
 */
final class JsonPaths {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]{0,63}");
    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)");
    private static final int SHOWN = 16;

    private JsonPaths() {}

    /** Where a parser stands: the containers it is inside and the key or index within each. */
    static List<String> of(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.add(0, key(c.getCurrentName()));
            }
        }
        return segments;
    }

    /** The path databind recorded while binding. */
    static List<String> of(List<JsonMappingException.Reference> references) {
        List<String> segments = new ArrayList<>();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                segments.add(key(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                segments.add("[" + r.getIndex() + "]");
            }
        }
        return segments;
    }

    /**
     * A path as value types write it in their exceptions ({@code households},
     * {@code rules[2].limit}, {@code [3]}, or empty for the value itself).
     */
    static List<String> parse(String relative) {
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(relative.startsWith("$") ? relative.substring(1) : relative);
        while (m.find()) {
            segments.add(m.group(1) != null ? "[" + m.group(1) + "]" : key(m.group(2)));
        }
        return segments;
    }

    /** {@code outer} followed by {@code inner}, unless {@code outer} already ends with it. */
    static List<String> join(List<String> outer, List<String> inner) {
        if (inner.size() <= outer.size()
                && outer.subList(outer.size() - inner.size(), outer.size()).equals(inner)) {
            return outer;
        }
        List<String> joined = new ArrayList<>(outer);
        joined.addAll(inner);
        return joined;
    }

    /** {@code $} and the segments, the middle elided when the path is very deep. */
    static String render(List<String> segments) {
        if (segments.size() <= SHOWN) {
            return "$" + String.join("", segments);
        }
        return "$" + String.join("", segments.subList(0, SHOWN / 2)) + "…("
                + (segments.size() - SHOWN / 2 - 2) + " levels)…"
                + String.join("", segments.subList(segments.size() - 2, segments.size()));
    }

    static String key(String name) {
        return PLAIN_KEY.matcher(name).matches()
                ? "." + name
                : "[a key of " + name.codePointCount(0, name.length()) + " characters]";
    }
}
