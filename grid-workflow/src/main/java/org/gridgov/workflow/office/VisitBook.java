package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Action;
import org.gridgov.core.access.Actor;
import org.gridgov.core.access.ScopeGuard;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitSubject;

/**
 * The visits (走访) of register subjects behind actors' scopes: who was visited, by whom, when and
 * where, and the subjects' categories (a person's hardship, illness or record) are personal data.
 * Every call takes the {@link Actor} and a {@link Purpose}, checks that the subject's grid (or the
 * area listed) lies within the actor's areas ({@link Actor#covers}: a grid worker their grids, a
 * community, street or district officer their subtree; a department or a resident has no area and
 * is refused), and writes one audit entry, allowed or refused, before it answers or throws.
 *
 * <pre>{@code
 * VisitBook book = VisitBook.of(clock, trail, register::visitSubjects, new JdbcVisitLedger(dataSource));
 * book.record(worker, "R-000123", VisitRecord.Outcome.MET, null, Purpose.of("visit.duty"));
 * GridOffice office = GridOffice.builder(clock).auditTrail(trail)
 *     .visits(VisitPolicy.seeds(), book, LocalDate.of(2026, 10, 1))...build();
 * }</pre>
 *
 * <p>A visit is recorded by the actor as the visitor, at the clock's instant (to the microsecond),
 * in the subject's grid at that time, and kept in the book's {@link VisitLedger}: in memory by
 * default, or on the office's database ({@link org.gridgov.workflow.store.jdbc.JdbcVisitLedger}),
 * where the visits survive a restart and the office's visit watch does not warn about visits done
 * before it. A visit is kept once per id: a host whose calls may be retried gives its own id for
 * each visit ({@link #record(Actor, String, String, VisitRecord.Outcome, String, Purpose)}, e.g. the
 * id of the worker app's form), so that a retried call records nothing; without one, every call is
 * a visit (the book draws a random id, {@code auto/UUID}). Listings hand out the
 * records with the location masked ({@value #MASK}); the office's visit watch reads the book through
 * a package-private view (a system read, not audited). An unknown subject reference is an {@link
 * UnknownIdException} before the scope check (references are opaque). Thread-safe.
 */
public final class VisitBook {
    /** What a listed visit's location reads when one was recorded. */
    public static final String MASK = "***";

    /** The longest visit id a host may give. */
    public static final int MAX_ID_LENGTH = 128;

    private final Clock clock;
    private final ScopeGuard guard;
    private final Supplier<List<VisitSubject>> subjects;
    private final VisitLedger ledger;

    private VisitBook(Clock clock, AuditTrail trail, Supplier<List<VisitSubject>> subjects, VisitLedger ledger) {
        this.clock = requireNonNull(clock, "clock");
        this.guard = ScopeGuard.of(requireNonNull(trail, "trail"));
        this.subjects = requireNonNull(subjects, "subjects");
        this.ledger = requireNonNull(ledger, "ledger");
    }

    /**
     * A book stamping visits with {@code clock}, auditing to {@code trail} (give it the office's
     * trail), over the host's current visit subjects (read on each call, e.g. from the register),
     * keeping the visits in memory ({@link VisitLedger#inMemory()}): lost on a restart.
     */
    public static VisitBook of(Clock clock, AuditTrail trail, Supplier<List<VisitSubject>> subjects) {
        return of(clock, trail, subjects, VisitLedger.inMemory());
    }

    /**
     * A book as {@link #of(Clock, AuditTrail, Supplier)} gives, keeping the visits in {@code
     * ledger}: for an office on PostgreSQL, {@code new JdbcVisitLedger(dataSource)} on the office
     * store's data source, so that recorded visits survive a restart.
     */
    public static VisitBook of(
            Clock clock, AuditTrail trail, Supplier<List<VisitSubject>> subjects, VisitLedger ledger) {
        return new VisitBook(clock, trail, subjects, ledger);
    }

    /** The audit trail every check writes to. */
    public AuditTrail trail() {
        return guard.trail();
    }

    /**
     * Records that {@code actor} visited {@code subject} now, with the outcome and, optionally, where
     * (sensitive; kept, listed masked). Audited as a {@link Action#CHANGE_RECORD} of the subject.
     * Every call is a new visit: a host that may retry a call gives its id for the visit to {@link
     * #record(Actor, String, String, VisitRecord.Outcome, String, Purpose)}, so the retry records
     * nothing.
     *
     * @return the visit recorded
     * @throws UnknownIdException if no subject has the reference
     * @throws AccessDeniedException if the subject's grid is outside the actor's areas (audited;
     *     nothing recorded)
     */
    public VisitRecord record(
            Actor actor, String subject, VisitRecord.Outcome outcome, String location, Purpose purpose) {
        return record(actor, null, subject, outcome, location, purpose);
    }

    /**
     * Records that {@code actor} visited {@code subject} now, as {@link #record(Actor, String,
     * VisitRecord.Outcome, String, Purpose)} does, under the host's id for the visit (e.g. the id of
     * the worker app's form): a second call with the id records nothing and returns the visit
     * recorded first (its instant, outcome and location), so a retried call does not count twice.
     * Audited as a {@link Action#CHANGE_RECORD} of the subject, each call.
     *
     * @param visitId the host's id for the visit, 1 to {@value #MAX_ID_LENGTH} characters, not blank
     *     (not personal data: it appears in messages)
     * @return the visit recorded under {@code visitId}
     * @throws InvalidInputException if the id is blank or too long (field {@code visitId}), or names
     *     a visit of another subject or by another visitor (nothing recorded)
     * @throws UnknownIdException if no subject has the reference
     * @throws AccessDeniedException if the subject's grid is outside the actor's areas (audited;
     *     nothing recorded)
     */
    public VisitRecord record(
            Actor actor,
            String visitId,
            String subject,
            VisitRecord.Outcome outcome,
            String location,
            Purpose purpose) {
        requireNonNull(outcome, "outcome");
        if (visitId != null && (visitId.isBlank() || visitId.length() > MAX_ID_LENGTH)) {
            throw new InvalidInputException(
                    "visitId", "1 to " + MAX_ID_LENGTH + " characters, not blank", visitId.length() + " characters");
        }
        VisitSubject s = subject(subject);
        guard.require(actor, Action.CHANGE_RECORD, s.grid(), s.ref(), purpose);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        VisitRecord v = new VisitRecord(actor.id(), s.ref(), at, outcome, location);
        String id = visitId != null ? visitId : "auto/" + UUID.randomUUID();
        VisitRecord kept = ledger.keep(id, v, s.grid());
        if (!kept.visitor().equals(v.visitor()) || !kept.subject().equals(v.subject())) {
            throw new InvalidInputException(
                    "visitId", "names one visit: it was recorded for another subject or visitor", id);
        }
        return kept;
    }

    /**
     * The visits recorded in {@code area} (a grid, or the areas below a community, street or
     * district) at instants {@code from} (inclusive) to {@code to} (exclusive), in the order
     * recorded, locations masked. Audited as a {@link Action#LIST_RECORDS} of the area.
     *
     * @throws AccessDeniedException if the area is not within the actor's areas (audited)
     */
    public List<VisitRecord> visits(Actor actor, AreaCode area, Instant from, Instant to, Purpose purpose) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return ledger.inArea(area, from, to).stream().map(VisitBook::masked).toList();
    }

    /**
     * The visits of one subject, in the order recorded, locations masked. Audited as a {@link
     * Action#READ_RECORD} of the subject in its grid now.
     *
     * @throws UnknownIdException if no subject has the reference
     * @throws AccessDeniedException if the subject's grid is outside the actor's areas (audited)
     */
    public List<VisitRecord> visitsOf(Actor actor, String subject, Purpose purpose) {
        VisitSubject s = subject(subject);
        guard.require(actor, Action.READ_RECORD, s.grid(), s.ref(), purpose);
        return ledger.ofSubject(s.ref()).stream().map(VisitBook::masked).toList();
    }

    /**
     * The subjects of visits in {@code area}, with their categories (a visitor needs them to know
     * which rule applies). Audited as a {@link Action#LIST_RECORDS} of the area.
     *
     * @throws AccessDeniedException if the area is not within the actor's areas (audited)
     */
    public List<VisitSubject> subjects(Actor actor, AreaCode area, Purpose purpose) {
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return subjects.get().stream().filter(s -> area.contains(s.grid())).toList();
    }

    /** The office watch's view: every subject and every visit in clear (a system read). */
    VisitSource source() {
        return new VisitSource() {
            @Override
            public List<VisitSubject> subjects() {
                return List.copyOf(subjects.get());
            }

            @Override
            public List<VisitRecord> visits(LocalDate from, LocalDate to) {
                // The days are in the calendar's zone, which the book does not know: a day more on
                // either side covers every zone; the compliance check places each visit by the zone.
                return ledger.between(
                        from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        };
    }

    private VisitSubject subject(String ref) {
        requireNonNull(ref, "subject");
        return subjects.get().stream()
                .filter(s -> s.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("visit subject", ref));
    }

    private static VisitRecord masked(VisitRecord v) {
        return v.location() == null ? v : new VisitRecord(v.visitor(), v.subject(), v.at(), v.outcome(), MASK);
    }
}
