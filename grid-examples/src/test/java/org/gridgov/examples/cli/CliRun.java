package org.gridgov.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code grid} tool in-process: exit code, standard output, standard error. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Grid.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
