package org.gridgov.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code grid}: the command-line tool for district IT.
 *
 * <p>Exit codes: 0 clean, 1 findings, 2 bad input or usage. Errors go to standard error as one
 * line naming the option or the file (with the path inside it), the rule and the value, never a
 * stack trace and never a value that may be personal. Picocli's parameter errors and the library's
 * {@link org.gridgov.core.GridException}s are mapped here, in {@link #run}, and nowhere else.
 */
@Command(
        name = "grid",
        mixinStandardHelpOptions = true,
        version = "grid 0.1.0",
        description = "Grid-based community governance (网格化服务管理): check plans and more.",
        subcommands = {
            DemoCommand.class,
            PlanCommand.class,
            RegisterCommand.class,
            CoverageCommand.class,
            LocateCommand.class,
            LayersCommand.class,
            ReachCommand.class,
            SlaCommand.class,
            PolicyCommand.class,
            SimulateCommand.class,
            IndicatorsCommand.class,
            ExportCommand.class,
            AuditCommand.class,
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

    /** The tool: runs {@code args} on standard output and error, then exits with the code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the tool with these streams; returns the exit code. Every failure (a bad option value, a
     * bad file, an unwritable output, running out of memory) is one line on {@code err} and exit code
     * {@link #BAD_INPUT}; a failed write to {@code out} is one too.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Grid());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, given) -> {
            err.println("grid: " + Failures.oneLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("grid: " + Failures.line(e));
            return BAD_INPUT;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) { // out of memory, stack overflow, a broken class path: still one line, exit 2
            err.println("grid: " + Failures.line(e));
            code = BAD_INPUT;
        }
        if (out.checkError()) {
            err.println("grid: cannot write to standard output (a full disk or a closed pipe?)");
            code = BAD_INPUT;
        }
        err.flush();
        return code;
    }
}
