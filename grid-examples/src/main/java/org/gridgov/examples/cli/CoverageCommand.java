package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid coverage}: coverage checks of grid boundaries. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "Coverage checks and repairs: no gaps, no overlaps, inside the parent, borders that match.",
        subcommands = {CoverageCheckCommand.class, CoverageRepairCommand.class})
final class CoverageCommand {}
