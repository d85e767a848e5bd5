package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid register}: commands on register files. */
@Command(
        name = "register",
        mixinStandardHelpOptions = true,
        description = "Commands on the basic information base (grid-register/1 JSON files).",
        subcommands = {RegisterCheckCommand.class})
final class RegisterCommand {}
