package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
 * VisitBook book = VisitBook.of(clock, trail, register::visitSubjects);
 * book.record(worker, "R-000123", VisitRecord.Outcome.MET, null, Purpose.of("visit.duty"));
 * GridOffice office = GridOffice.builder(clock).auditTrail(trail)
 *     .visits(VisitPolicy.seeds(), book, LocalDate.of(2026, 10, 1))...build();
 * }</pre>
 *
 * <p>A visit is recorded by the actor as the visitor, at the clock's instant, in the subject's grid
 * at that time. Listings hand out the records with the location masked ({@value #MASK}); the
 * office's visit watch reads the book through a package-private view (a system read, not audited).
 * An unknown subject reference is an {@link UnknownIdException} before the scope check (references
 * are opaque). In memory; thread-safe (calls are serialised).
 */
public final class VisitBook {
    /** What a listed visit's location reads when one was recorded. */
    public static final String MASK = "***";

    private final Clock clock;
    private final ScopeGuard guard;
    private final Supplier<List<VisitSubject>> subjects;
    private final List<Entry> visits = new ArrayList<>();

    private record Entry(VisitRecord visit, AreaCode grid) {}

    private VisitBook(Clock clock, AuditTrail trail, Supplier<List<VisitSubject>> subjects) {
        this.clock = requireNonNull(clock, "clock");
        this.guard = ScopeGuard.of(requireNonNull(trail, "trail"));
        this.subjects = requireNonNull(subjects, "subjects");
    }

    /**
     * A book stamping visits with {@code clock}, auditing to {@code trail} (give it the office's
     * trail), over the host's current visit subjects (read on each call, e.g. from the register).
     */
    public static VisitBook of(Clock clock, AuditTrail trail, Supplier<List<VisitSubject>> subjects) {
        return new VisitBook(clock, trail, subjects);
    }

    /** The audit trail every check writes to. */
    public AuditTrail trail() {
        return guard.trail();
    }

    /**
     * Records that {@code actor} visited {@code subject} now, with the outcome and, optionally, where
     * (sensitive; kept, listed masked). Audited as a {@link Action#CHANGE_RECORD} of the subject.
     *
     * @return the visit recorded
     * @throws UnknownIdException if no subject has the reference
     * @throws AccessDeniedException if the subject's grid is outside the actor's areas (audited;
     *     nothing recorded)
     */
    public synchronized VisitRecord record(
            Actor actor, String subject, VisitRecord.Outcome outcome, String location, Purpose purpose) {
        requireNonNull(outcome, "outcome");
        VisitSubject s = subject(subject);
        guard.require(actor, Action.CHANGE_RECORD, s.grid(), s.ref(), purpose);
        VisitRecord v = VisitRecord.now(clock, actor.id(), s.ref(), outcome, location);
        visits.add(new Entry(v, s.grid()));
        return v;
    }

    /**
     * The visits recorded in {@code area} (a grid, or the areas below a community, street or
     * district) at instants {@code from} (inclusive) to {@code to} (exclusive), in the order
     * recorded, locations masked. Audited as a {@link Action#LIST_RECORDS} of the area.
     *
     * @throws AccessDeniedException if the area is not within the actor's areas (audited)
     */
    public synchronized List<VisitRecord> visits(
            Actor actor, AreaCode area, Instant from, Instant to, Purpose purpose) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return visits.stream()
                .filter(e -> area.contains(e.grid()))
                .map(Entry::visit)
                .filter(v -> !v.at().isBefore(from) && v.at().isBefore(to))
                .map(VisitBook::masked)
                .toList();
    }

    /**
     * The visits of one subject, in the order recorded, locations masked. Audited as a {@link
     * Action#READ_RECORD} of the subject in its grid now.
     *
     * @throws UnknownIdException if no subject has the reference
     * @throws AccessDeniedException if the subject's grid is outside the actor's areas (audited)
     */
    public synchronized List<VisitRecord> visitsOf(Actor actor, String subject, Purpose purpose) {
        VisitSubject s = subject(subject);
        guard.require(actor, Action.READ_RECORD, s.grid(), s.ref(), purpose);
        return visits.stream()
                .map(Entry::visit)
                .filter(v -> v.subject().equals(s.ref()))
                .map(VisitBook::masked)
                .toList();
    }

    /**
     * The subjects of visits in {@code area}, with their categories (a visitor needs them to know
     * which rule applies). Audited as a {@link Action#LIST_RECORDS} of the area.
     *
     * @throws AccessDeniedException if the area is not within the actor's areas (audited)
     */
    public synchronized List<VisitSubject> subjects(Actor actor, AreaCode area, Purpose purpose) {
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
                synchronized (VisitBook.this) {
                    // The compliance check places each visit in its period by the calendar's zone.
                    return visits.stream().map(Entry::visit).toList();
                }
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
