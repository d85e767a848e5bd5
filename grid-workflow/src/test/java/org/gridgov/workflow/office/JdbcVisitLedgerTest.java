package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.workflow.store.jdbc.JdbcAuditStore;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.store.jdbc.JdbcVisitLedger;
import org.gridgov.workflow.store.jdbc.StoreFailureException;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.VisitPolicy;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitRecord.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The visit ledger contract on PostgreSQL, and what only a database shows: visits recorded through
 * the book survive closing and reopening the store, so the office's visit watch after a restart
 * warns about the visits not done and not about those done; the location is kept in the table
 * (the system of record) and never in a failure's message.
 */
class JdbcVisitLedgerTest extends VisitLedgerContract {
    private static final LocalDate FROM = LocalDate.of(2026, 10, 1);

    @Override
    protected VisitLedger newLedger() {
        return new JdbcVisitLedger(Databases.fresh());
    }

    /** An office on the database, as a host starts it: store, audit trail, book and watch. */
    private record Started(GridOffice office, VisitBook book) {}

    private static Started start(DataSource db, ManualClock clock) {
        AuditTrail trail = AuditTrail.of(new JdbcAuditStore(db), clock, AuditTrail.DEFAULT_RETENTION);
        VisitBook book = VisitBook.of(clock, trail, () -> SUBJECTS, new JdbcVisitLedger(db));
        GridOffice office = District.office(clock)
                .store(new JdbcOfficeStore(db))
                .auditTrail(trail)
                .visits(VisitPolicy.seeds(), book, FROM)
                .build();
        return new Started(office, book);
    }

    @Test
    void visitsSurviveARestartAndTheWatchWarnsOnlyAboutTheVisitsNotDone() {
        DataSource db = Databases.fresh();
        Started before = start(db, clock);
        before.book().record(HEAD_1, "R-001", Outcome.MET, WHERE, PURPOSE);
        before.book().record(HEAD_1, "app-1", "R-002", Outcome.NOT_MET, null, PURPOSE);
        before.book().record(HEAD_2, "R-009", Outcome.MET, null, PURPOSE);
        // R-003 and R-020 (grid of head-j) are not visited at all

        clock.set(Instant.parse("2026-10-31T16:05:00Z")); // 1 November, 00:05 in Beijing
        Started after = start(db, clock);
        after.office().tick();

        assertThat(after.office().visitWarnings())
                .as("October's visits done are remembered; the ones not done warn")
                .extracting(VisitWarning::subject)
                .containsExactlyInAnyOrder("R-002", "R-003", "R-020");
        assertThat(after.book().visitsOf(HEAD_1, "R-001", PURPOSE))
                .singleElement()
                .returns("head-1", VisitRecord::visitor)
                .returns(VisitBook.MASK, VisitRecord::location);
        assertThat(after.book().record(HEAD_1, "app-1", "R-002", Outcome.MET, null, PURPOSE))
                .as("a call retried after the restart records nothing")
                .returns(Outcome.NOT_MET, VisitRecord::outcome);

        Started resumed = start(db, clock);
        assertThat(resumed.office().tick().stepsFired()).isZero();
        assertThat(resumed.office().visitWarnings()).as("no warning twice").hasSize(3);
    }

    @Test
    void theSameVisitsInMemoryAreForgottenByARestartAndWarn() {
        // The contrast that shows the test above can fail: an in-memory ledger forgets.
        DataSource db = Databases.fresh();
        AuditTrail trail = AuditTrail.inMemory(clock);
        VisitBook.of(clock, trail, () -> SUBJECTS, VisitLedger.inMemory())
                .record(HEAD_1, "R-001", Outcome.MET, null, PURPOSE);
        clock.set(Instant.parse("2026-10-31T16:05:00Z"));
        GridOffice restarted = District.office(clock)
                .store(new JdbcOfficeStore(db))
                .auditTrail(trail)
                .visits(VisitPolicy.seeds(), VisitBook.of(clock, trail, () -> SUBJECTS), FROM)
                .build();
        restarted.tick();
        assertThat(restarted.visitWarnings()).extracting(VisitWarning::subject).contains("R-001");
    }

    @Test
    void theTableKeepsTheLocationAndAFailureNamesTheOperationNeverAValue() throws SQLException {
        DataSource db = Databases.fresh();
        VisitBook book = VisitBook.of(clock, trail, () -> SUBJECTS, new JdbcVisitLedger(db));
        book.record(HEAD_1, "R-001", Outcome.MET, WHERE, PURPOSE);
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, grid, location FROM office_visit")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("id")).as("drawn by the book").matches("auto/[0-9a-f-]{36}");
            assertThat(r.getString("grid")).isEqualTo(GRID_1.toString());
            assertThat(r.getString("location")).as("the system of record").isEqualTo(WHERE);
        }

        VisitBook unmigrated = VisitBook.of(clock, trail, () -> SUBJECTS, new JdbcVisitLedger(Databases.empty()));
        assertThatThrownBy(() -> unmigrated.record(HEAD_1, "R-002", Outcome.MET, WHERE, PURPOSE))
                .isInstanceOf(StoreFailureException.class)
                .hasMessageContaining("recording a visit")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WHERE, "R-002", "head-1"));
        assertThatThrownBy(() -> unmigrated.visitsOf(HEAD_1, "R-002", PURPOSE))
                .isInstanceOf(StoreFailureException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("R-002"));
    }
}
