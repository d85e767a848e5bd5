package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid policy}: a district's policies. */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        description = "A district's policies: run policy test scenarios against a policy folder.",
        subcommands = {PolicyTestCommand.class})
final class PolicyCommand {}
