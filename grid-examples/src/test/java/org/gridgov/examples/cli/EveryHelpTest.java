package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} prints its usage and exits 0 without a word on standard error:
 * picocli formats descriptions with {@code String.format}, and a bare {@code %} makes it warn on
 * the process's standard error and print the text unformatted.
 */
class EveryHelpTest {

    @Test
    void everyCommandsHelpIsCleanAndSaysItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(Grid.class), new ArrayList<>(), paths);
        assertThat(paths).as("commands found").hasSizeGreaterThan(10);
        PrintStream original = System.err;
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            for (List<String> path : paths) {
                List<String> args = new ArrayList<>(path);
                args.add("--help");
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exit()).as("exit of %s (%s)", args, run.err()).isZero();
                assertThat(run.out()).as("usage of %s", args).contains("Usage: grid");
                assertThat(run.err()).as("standard error of %s", args).isEmpty();
            }
        } finally {
            System.setErr(original);
        }
        assertThat(processErr.toString(StandardCharsets.UTF_8))
                .as("what picocli wrote to the process's standard error")
                .isEmpty();
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
        if (!cli.getCommandSpec().mixinStandardHelpOptions()) {
            return; // picocli's own help command takes no --help
        }
        out.add(List.copyOf(path));
        cli.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) { // aliases once
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
            }
        });
    }
}
