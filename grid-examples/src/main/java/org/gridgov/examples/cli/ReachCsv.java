package org.gridgov.examples.cli;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
        return CsvRows.write(OUT, rows);
    }
}
