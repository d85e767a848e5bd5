package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid layers}: many departments' grids into one network (多网合一). */
@Command(
        name = "layers",
        mixinStandardHelpOptions = true,
        description = "Departmental grid layers onto the unified grids (多网合一): crosswalks and findings.",
        subcommands = {LayersMergeCommand.class})
final class LayersCommand {}
