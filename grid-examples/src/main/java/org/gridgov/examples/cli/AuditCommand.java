package org.gridgov.examples.cli;

import picocli.CommandLine.Command;

/** {@code grid audit}: commands on the audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Commands on the audit trail of reads and changes of personal data.",
        subcommands = {AuditVerifyCommand.class})
final class AuditCommand {}
