package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid plan}: commands on plan files. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Commands on grid plans (grid-plan/1 JSON files).",
        subcommands = {PlanCheckCommand.class})
final class PlanCommand {}
