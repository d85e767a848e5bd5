package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;

/**
 * Reads a {@code --histories} file: JSON lines, one {@link HistoryRecord} per line, each read
 * strictly by {@link GridJson#read(byte[], String, Class)} (duplicate keys, unknown fields, coercion
 * and trailing content are errors). Errors name the file and line ({@code FILE:LINE: $.path: rule
 * (value)}); an empty line, or the same matter id twice, is an error too. Stateless.
 */
public final class HistoryFile {
    private HistoryFile() {}

    /**
     * Reads every line of {@code file}.
     *
     * @throws JsonInputException if a line is not a valid history record, or an id repeats
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<HistoryRecord> read(Path file) {
        requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(bytes, String.valueOf(file.getFileName()));
    }

    /**
     * Reads JSON lines; {@code source} names them in errors.
     *
     * @throws JsonInputException if a line is not a valid history record, or an id repeats
     */
    public static List<HistoryRecord> parse(byte[] bytes, String source) {
        requireNonNull(bytes, "bytes");
        List<HistoryRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int start = 0;
        int line = 1;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String where = source + ":" + line;
            if (stop == start) {
                throw new JsonInputException(where, "$", "each line holds one matter's history", "an empty line");
            }
            byte[] one = java.util.Arrays.copyOfRange(bytes, start, stop);
            HistoryRecord r = GridJson.read(one, where, HistoryRecord.class);
            if (!ids.add(r.id())) {
                throw new JsonInputException(where, "$.id", "each matter appears once", r.id());
            }
            records.add(r);
            start = end + 1;
            line++;
        }
        return List.copyOf(records);
    }
}
