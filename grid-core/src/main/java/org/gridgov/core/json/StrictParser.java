package org.gridgov.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parser that refuses what Jackson would let pass or report only in words: a key twice in one
 * object, and nesting deeper than {@value #MAX_DEPTH} levels. Both fail with a
 * {@link JsonInputException} naming the path, so no message text is ever parsed. Every read goes
 * through {@link #nextToken()} (Jackson's {@code nextFieldName} and friends call it; {@link
 * #nextValue()} and {@link #skipChildren()} are routed through it here). One per read; not
 * thread-safe.
 */
final class StrictParser extends JsonParserDelegate {
    static final int MAX_DEPTH = 100;

    private final String file;
    /** One entry per open container: the keys seen so far for an object, null for an array. */
    private final List<Set<String>> open = new ArrayList<>();

    StrictParser(JsonParser parser, String file) {
        super(parser);
        this.file = file;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT, START_ARRAY -> {
                if (open.size() >= MAX_DEPTH) {
                    throw fail("nesting at most " + MAX_DEPTH + " levels deep", "level " + (open.size() + 1));
                }
                open.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
            }
            case END_OBJECT, END_ARRAY -> open.remove(open.size() - 1);
            case FIELD_NAME -> {
                String name = delegate.currentName();
                if (!open.get(open.size() - 1).add(name)) {
                    throw fail("each key at most once in an object", "the key again");
                }
            }
            default -> {}
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                depth++;
            } else if (next.isStructEnd()) {
                depth--;
            }
        }
        return this;
    }

    private JsonInputException fail(String rule, String what) {
        JsonLocation at = delegate.currentTokenLocation();
        return new JsonInputException(
                file,
                JsonPaths.render(JsonPaths.of(delegate.getParsingContext())),
                rule,
                what + " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }
}
