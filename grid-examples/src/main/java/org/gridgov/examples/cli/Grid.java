package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.gridgov.core.GridException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code grid}: the command-line tool for district IT.
 *
 * <p>Exit codes: 0 clean, 1 findings, 2 bad input or usage. Errors go to standard error as one
 * line naming the file, the JSON path, the rule and the value.
 */
@Command(
        name = "grid",
        mixinStandardHelpOptions = true,
        version = "grid 0.1.0",
        description = "Grid-based community governance (网格化服务管理): check plans and more.",
        subcommands = {
            DemoCommand.class,
            PlanCommand.class,
            CoverageCommand.class,
            LocateCommand.class,
            SlaCommand.class,
            SimulateCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:findings", "2:bad input or usage"})
public final class Grid {
    /** Exit code: nothing found. */
    public static final int CLEAN = 0;
    /** Exit code: the check found something. */
    public static final int FINDINGS = 1;
    /** Exit code: bad input or usage. */
    public static final int BAD_INPUT = 2;

    private Grid() {}

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the tool with these streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Grid());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof GridException || e instanceof UncheckedIOException) {
                err.println("grid: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
