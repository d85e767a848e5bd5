package org.gridgov.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.examples.simulate.HistoryLines;
import org.gridgov.examples.store.OfficeDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid export --db DIR|JDBC_URL --out FILE.jsonl}: every stored matter with its history. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes every matter an office database holds with its full history, one JSON object per line,",
            "in the format of grid simulate --histories, in the order the matters were taken in."
        })
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where to write the histories")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String lines;
        try (OfficeDatabase db = database.open()) {
            lines = db.histories().stream()
                    .map(h -> HistoryLines.line(h) + "\n")
                    .collect(Collectors.joining());
        }
        Output.write(lines, out, spec.commandLine().getOut(), "--out");
        return Grid.CLEAN;
    }
}
