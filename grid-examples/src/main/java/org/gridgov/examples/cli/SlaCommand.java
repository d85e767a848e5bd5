package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid sla}: time limits and deadlines. */
@Command(
        name = "sla",
        mixinStandardHelpOptions = true,
        description = "Time limits: deadlines on the China working calendar, SLA policy simulation.",
        subcommands = {SlaDeadlineCommand.class, SlaSimulateCommand.class})
final class SlaCommand {}
