package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the CLI's CSV outputs (RFC 4180): a header, then the rows, fields quoted only where they need it. Stateless. */
final class CsvRows {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRows() {}

    /** {@code rows} under {@code schema}'s header, as text. */
    static String write(CsvSchema schema, List<String[]> rows) {
        StringWriter text = new StringWriter();
        try (SequenceWriter out = MAPPER.writerFor(String[].class)
                .with(schema)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(text)) {
            for (String[] row : rows) {
                out.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
