package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** The output of {@code grid reach}: {@code id,station,metres,minutes,within} rows, ids quoted where needed. */
final class ReachCsv {
    private static final CsvSchema OUT = CsvSchema.builder()
            .addColumn("id")
            .addColumn("station")
            .addColumn("metres")
            .addColumn("minutes")
            .addColumn("within")
            .setUseHeader(true)
            .build();

    private ReachCsv() {}

    static String write(List<String[]> rows) {
        StringWriter text = new StringWriter();
        try (SequenceWriter out = new CsvMapper()
                .writerFor(String[].class)
                .with(OUT)
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
