package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.visit.VisitRecord;

/**
 * Where a {@link VisitBook} keeps its visits: {@link #inMemory()} (lost on a restart, the default of
 * {@link VisitBook#of(java.time.Clock, org.gridgov.core.audit.AuditTrail, java.util.function.Supplier)})
 * or, durable on the office store's PostgreSQL, {@code new JdbcVisitLedger(dataSource)} ({@link
 * org.gridgov.workflow.store.jdbc.JdbcVisitLedger}, table {@code office_visit} of migration {@code
 * V5__visits.sql}).
 *
 * <pre>{@code
 * OfficeSchema.migrate(dataSource);
 * VisitBook book = VisitBook.of(clock, trail, register::visitSubjects, new JdbcVisitLedger(dataSource));
 * }</pre>
 *
 * <p>A ledger has no public operations: visits are personal data, recorded and read only through
 * the book, behind its scope checks and audit (and, for the office's visit watch, its system
 * view). A store for another database extends this class and implements the protected operations,
 * which only the book calls; they must be thread-safe and keep a visit once per id ({@link
 * #keep}), in the order kept.
 */
public abstract class VisitLedger {

    /** For implementations. */
    protected VisitLedger() {}

    /** A ledger in this process only: every visit is lost when it ends. Thread-safe. */
    public static VisitLedger inMemory() {
        return new InMemory();
    }

    /**
     * Keeps {@code visit}, of a subject in {@code grid}, under {@code id}, unless a visit is kept
     * under that id: then keeps nothing (a retried call). Atomic: of two calls with one id, one keeps.
     *
     * @param id the visit's id (see {@link VisitBook#record(org.gridgov.core.access.Actor, String,
     *     String, VisitRecord.Outcome, String, org.gridgov.core.audit.Purpose)})
     * @param visit the visit, its instant to the microsecond
     * @param grid the subject's grid when the visit was recorded
     * @return the visit kept under {@code id}: {@code visit}, or the one kept before
     */
    protected abstract VisitRecord keep(String id, VisitRecord visit, AreaCode grid);

    /**
     * The visits kept in grids {@code area} {@linkplain AreaCode#contains contains} at instants
     * {@code from} (inclusive) to {@code to} (exclusive), in the order kept, locations as kept.
     */
    protected abstract List<VisitRecord> inArea(AreaCode area, Instant from, Instant to);

    /** The visits kept of {@code subject}, in the order kept, locations as kept. */
    protected abstract List<VisitRecord> ofSubject(String subject);

    /**
     * The visits kept in every grid at instants {@code from} (inclusive) to {@code to} (exclusive),
     * in the order kept (the office watch's read).
     */
    protected abstract List<VisitRecord> between(Instant from, Instant to);

    /** Whether {@code at} lies in {@code from} (inclusive) to {@code to} (exclusive). */
    static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** Today's behaviour: a list and an index by id, calls serialised. */
    private static final class InMemory extends VisitLedger {
        private final Map<String, VisitRecord> byId = new HashMap<>();
        private final List<Kept> kept = new ArrayList<>();

        private record Kept(VisitRecord visit, AreaCode grid) {}

        @Override
        protected synchronized VisitRecord keep(String id, VisitRecord visit, AreaCode grid) {
            VisitRecord before = byId.putIfAbsent(id, visit);
            if (before != null) {
                return before;
            }
            kept.add(new Kept(visit, grid));
            return visit;
        }

        @Override
        protected synchronized List<VisitRecord> inArea(AreaCode area, Instant from, Instant to) {
            return kept.stream()
                    .filter(k -> area.contains(k.grid()) && within(k.visit().at(), from, to))
                    .map(Kept::visit)
                    .toList();
        }

        @Override
        protected synchronized List<VisitRecord> ofSubject(String subject) {
            return kept.stream()
                    .map(Kept::visit)
                    .filter(v -> v.subject().equals(subject))
                    .toList();
        }

        @Override
        protected synchronized List<VisitRecord> between(Instant from, Instant to) {
            return kept.stream()
                    .map(Kept::visit)
                    .filter(v -> within(v.at(), from, to))
                    .toList();
        }
    }
}
