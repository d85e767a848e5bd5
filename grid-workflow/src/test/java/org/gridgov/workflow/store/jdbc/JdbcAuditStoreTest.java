package org.gridgov.workflow.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import javax.sql.DataSource;
import org.gridgov.core.audit.AuditBreak;
import org.gridgov.core.audit.AuditCheck;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditReport;
import org.gridgov.core.audit.AuditStore;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * The audit store contract on PostgreSQL, and what only a database shows: the table refuses
 * UPDATE and DELETE from the application, a second writer cannot overwrite an entry, and a row
 * changed or deleted by someone with the owner's rights (trigger disabled) is found by the core
 * verifier at its sequence.
 */
class JdbcAuditStoreTest extends AuditStoreContract {
    private DataSource db;

    @Override
    protected AuditStore newStore() {
        db = Databases.fresh();
        return new JdbcAuditStore(db);
    }

    private AuditTrail trailOf(int entries) {
        AuditTrail trail =
                AuditTrail.of(newStore(), ManualClock.at("2026-12-02T09:00:00.5Z"), AuditTrail.DEFAULT_RETENTION);
        Random random = new Random(7);
        for (int i = 0; i < entries; i++) {
            trail.append(event(random));
        }
        return trail;
    }

    @Test
    void theTableRefusesUpdateAndDeleteFromTheApplication() {
        trailOf(3);
        assertThatThrownBy(() -> execute("UPDATE audit_entry SET actor = 'x' WHERE sequence = 2"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_entry WHERE sequence = 3"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("TRUNCATE audit_entry")).hasMessageContaining("append-only");
        assertThat(new JdbcAuditStore(db).entries()).hasSize(3);
    }

    @Test
    void aSecondWriterCannotOverwriteAnEntry() {
        AuditTrail trail = trailOf(2);
        AuditEntry second = trail.entries().get(1);
        AuditEntry rival = AuditEntry.chain(2, second.at(), event(new Random(99)), second.previousHash());
        assertThatThrownBy(() -> new JdbcAuditStore(db).append(rival))
                .isInstanceOf(StoreFailureException.class)
                .hasMessageContaining("audit entry 2");
        assertThat(new JdbcAuditStore(db).entries().get(1)).isEqualTo(second);
    }

    @Test
    void aRowChangedByHandIsFoundAtItsSequence() throws SQLException {
        trailOf(5);
        asOwner("UPDATE audit_entry SET actor = 'intruder' WHERE sequence = 3");
        AuditReport report = AuditCheck.verify(new JdbcAuditStore(db).entries());
        assertThat(report.firstBreak()).map(AuditBreak::sequence).contains(3L);
        assertThat(report.firstBreak()).map(AuditBreak::kind).contains(AuditBreak.Kind.TAMPERED);
    }

    @Test
    void aPurposeChangedToSomethingUnreadableIsStillReportedAsTampered() throws SQLException {
        trailOf(4);
        asOwner("UPDATE audit_entry SET purpose = 'NOT A CODE' WHERE sequence = 2");
        AuditReport report = AuditCheck.verify(new JdbcAuditStore(db).entries());
        assertThat(report.firstBreak()).map(AuditBreak::sequence).contains(2L);
    }

    @Test
    void aDeletedRowIsFoundAsMissing() throws SQLException {
        trailOf(5);
        asOwner("DELETE FROM audit_entry WHERE sequence = 4");
        AuditReport report = AuditCheck.verify(new JdbcAuditStore(db).entries());
        assertThat(report.firstBreak()).map(AuditBreak::kind).contains(AuditBreak.Kind.MISSING);
        assertThat(report.firstBreak()).map(AuditBreak::sequence).contains(4L);
    }

    private void asOwner(String sql) throws SQLException {
        execute("ALTER TABLE audit_entry DISABLE TRIGGER USER; " + sql
                + "; ALTER TABLE audit_entry ENABLE TRIGGER USER");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
