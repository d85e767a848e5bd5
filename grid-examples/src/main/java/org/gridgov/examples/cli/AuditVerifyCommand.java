package org.gridgov.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.audit.AuditBreak;
import org.gridgov.core.audit.AuditCheck;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditReport;
import org.gridgov.examples.store.OfficeDatabase;
import org.gridgov.workflow.store.jdbc.JdbcAuditStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code grid audit verify --db DIR|JDBC_URL}: checks the audit trail an office database holds
 * with grid-core's verifier. Exit 0 when the chain is intact, 1 when it is broken (the line names
 * the first altered, missing or reordered entry by its sequence number), 2 for bad input. Prints
 * counts, sequence numbers and rules only, never a stored value.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the audit trail of an office database: every entry's SHA-256 over its fields,",
            "its link to the entry before and the sequence numbers. Exit 0 intact, 1 broken, 2 bad input."
        })
final class AuditVerifyCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<AuditEntry> entries;
        try (OfficeDatabase db = database.open()) {
            entries = new JdbcAuditStore(db.dataSource()).entries();
        }
        AuditReport report = AuditCheck.verify(entries);
        var out = spec.commandLine().getOut();
        if (report.intact()) {
            out.println("audit trail intact: " + entries.size() + " entries"
                    + (entries.isEmpty()
                            ? ""
                            : ", " + entries.get(0).sequence() + " to "
                                    + entries.get(entries.size() - 1).sequence()));
            return Grid.CLEAN;
        }
        AuditBreak at = report.firstBreak().orElseThrow();
        out.println("audit trail broken at entry " + at.sequence() + " ("
                + at.kind().name().toLowerCase(java.util.Locale.ROOT) + "): " + at.message());
        return Grid.FINDINGS;
    }
}
