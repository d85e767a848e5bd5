package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Timer;

/**
 * Where a {@link GridOffice} keeps everything it holds: matters and their append-only histories,
 * SLA timers and clock problems, the outbox of host events, and the office settings (modes,
 * admission list, policy record). {@link InMemoryOfficeStore} ships; a JDBC store implements the
 * same contract, one SQL transaction per {@link #commit}.
 *
 * <p>Contract (pinned by the abstract {@code OfficeStoreContract} test any implementation can
 * run):
 *
 * <ul>
 *   <li>{@link #commit} is atomic: the matter, its appended history, its timers, problem and due
 *       instant and its outbox events are all stored, or none. A matter not at
 *       {@link MatterChange#expectedVersion()} rejects the change with {@link StaleVersionException}
 *       and leaves everything as before.
 *   <li>Intake is idempotent by external id: creating a matter whose report's external id is taken
 *       stores nothing and returns the matter already stored under it.
 *   <li>Queries the durable store indexes: {@link #openMatters} (area prefix, state, due instant),
 *       {@link #dueTimers}, {@link #deliverable} (undelivered outbox entries, the first per matter).
 *   <li>Offices sharing a durable store split the work by claims with a lease: the due timers
 *       ({@link #claimDue}) and the outbox ({@link #claimDeliverable}: each event to one office's
 *       listeners, at least once, in order per matter). A store one office owns needs no claims.
 *   <li>{@link #saveSettings} is a compare-and-set on the settings' version.
 * </ul>
 *
 * <p>Implementations are thread-safe. Values in and out are immutable.
 */
public interface OfficeStore {

    /** A fresh matter id, never handed out before. */
    MatterId nextId();

    /** {@code count} fresh matter ids, never handed out before; the default calls {@link #nextId} for each. */
    default List<MatterId> nextIds(int count) {
        List<MatterId> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(nextId());
        }
        return out;
    }

    /** The matter and its history. */
    Optional<MatterRecord> find(MatterId id);

    /** The matter taken in under this external id, if any. */
    Optional<MatterId> byExternalId(String externalId);

    /**
     * Commits a change atomically.
     *
     * @return the matter as stored: the change's, or for a creation whose external id is taken,
     *     the matter already stored under it (nothing committed)
     * @throws StaleVersionException if the stored version is not the expected one; nothing changed
     */
    MatterRecord commit(MatterChange change);

    /**
     * Commits many changes, each as atomic as {@link #commit} (its matter, history, timers, problem,
     * due instant and outbox together or not at all), in as few transactions as the store can: the
     * JDBC store commits the whole batch in one. The rule for a rejected item: a change whose matter
     * is not at its expected version is left out (nothing of it is stored, its slot is empty) and
     * never holds back or half-applies the others; intake stays idempotent by external id, within
     * the batch too (a second creation under a taken external id returns the matter stored first).
     * A store failure throws and the caller may commit again: what the call had committed is kept,
     * and repeating an intake by external id is idempotent.
     *
     * <p>The default commits the changes one by one through {@link #commit}.
     *
     * @param changes changes to different matters (a matter at most once per batch)
     * @return for each change, in order: the matter as stored (its own {@code after}, or for a
     *     creation whose external id is taken the matter stored under it), or empty if the change was
     *     stale and left out
     * @throws org.gridgov.core.InvalidInputException if a matter appears twice in the batch
     */
    default List<Optional<Matter>> commitAll(List<MatterChange> changes) {
        MatterChange.requireDistinct(changes);
        List<Optional<Matter>> out = new ArrayList<>(changes.size());
        for (MatterChange c : changes) {
            try {
                out.add(Optional.of(commit(c).matter()));
            } catch (StaleVersionException e) {
                out.add(Optional.empty());
            }
        }
        return out;
    }

    /**
     * The stored records of the matters named, in the order asked, leaving out those not stored;
     * the JDBC store reads them in one round trip. The default calls {@link #find} for each.
     */
    default List<MatterRecord> findAll(List<MatterId> ids) {
        List<MatterRecord> out = new ArrayList<>(ids.size());
        for (MatterId id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    /** The open matters the query selects, in id order. */
    List<Matter> openMatters(MatterQuery query);

    /**
     * The records of the open matters whose history holds a summons ({@link Action#SUMMON}), in
     * id order: what an office starting on the store loads its departments' check-in deadlines
     * from. The default reads every open matter's record and keeps those; the JDBC store finds the
     * few in the database and reads only theirs.
     */
    default List<MatterRecord> summonedOpenMatters() {
        List<MatterId> open =
                openMatters(MatterQuery.open()).stream().map(Matter::id).toList();
        return findAll(open).stream()
                .filter(r -> r.history().transitions().stream().anyMatch(t -> t.action() == Action.SUMMON))
                .toList();
    }

    /** The earliest due instant of a matter's open clocks, as last committed. */
    Optional<Instant> due(MatterId id);

    /** Timers due at or before {@code now}, in {@link Timer#DUE_ORDER}, at most {@code limit}. */
    List<Timer> dueTimers(Instant now, int limit);

    /**
     * Claims timers due at or before {@code now} for {@code claimant} until {@code leaseUntil}: at
     * most {@code limit}, in {@link Timer#DUE_ORDER}, none that another claim holds at {@code now}.
     * Offices sharing a store (instances behind a load balancer) fire what they claimed; a claim
     * ends when the matter's change replaces its timers, or when its lease runs out (a crashed
     * instance's claims return to the pool). Claiming is at least once; firing stays exactly once
     * because a step's system entry is committed with the matter's version and its step key.
     *
     * <p>The default, for a store one office owns, claims nothing and returns {@link #dueTimers}.
     */
    default List<Timer> claimDue(Instant now, String claimant, Instant leaseUntil, int limit) {
        return dueTimers(now, limit);
    }

    /** A matter's pending timers. */
    List<Timer> timers(MatterId id);

    /** Every matter's clock problem. */
    List<ClockProblem> clockProblems();

    /**
     * Undelivered outbox entries that may be delivered at {@code now}: for each matter only its
     * oldest undelivered entry, and only once its backoff has passed; in sequence order, at most
     * {@code limit}.
     */
    List<OutboxEntry> deliverable(Instant now, int limit);

    /**
     * Like {@link #deliverable}, but for each matter a run of its oldest undelivered entries: the
     * oldest and the ones after it, in sequence order, up to the first whose backoff has not passed;
     * in sequence order, at most {@code limit}. A deliverer that fails an entry delivers none of
     * the later entries of its matter from the same list, so the order per matter is kept. A
     * command's change queues several events of one matter, and a run delivers them with one call
     * instead of one call each.
     *
     * <p>The default returns {@link #deliverable} (runs of one entry), which is always correct.
     */
    default List<OutboxEntry> deliverableRuns(Instant now, int limit) {
        return deliverable(now, limit);
    }

    /**
     * Claims the runs of undelivered outbox entries that may be delivered at {@code now} for {@code
     * claimant} until {@code leaseUntil}: the runs {@link #deliverableRuns} describes, in sequence
     * order, at most {@code limit} entries (a run cut by the limit is claimed from its start), none
     * of a matter (or, for a visit warning without one, of its key) of which another claim holds an
     * entry at {@code now}. A claim holds a matter's run as a whole: while it holds, no other
     * claimant gets any entry of that matter, not even one committed after the claim, so the order
     * per matter holds across offices. A claim ends when its entries are marked ({@link
     * #deliveredAll}), when {@link #failed} records a failure of the run's first entry (the run
     * waits for the retry; after a later entry fails, the earlier ones, delivered and not yet
     * marked, hold the matter until they are marked), or when its lease runs out (a crashed office's
     * claims return to the pool).
     *
     * <p>Offices sharing a store (instances behind a load balancer) deliver only what they claimed:
     * each event reaches the listeners of one office, at least once; a second office delivers it
     * again only if the first's lease ran out before it marked the event delivered (it crashed, or
     * its listeners took longer than the lease).
     *
     * <p>The default, for a store one office owns, claims nothing and returns {@link
     * #deliverableRuns}.
     */
    default List<OutboxEntry> claimDeliverable(Instant now, String claimant, Instant leaseUntil, int limit) {
        return deliverableRuns(now, limit);
    }

    /** Marks an outbox entry delivered. */
    void delivered(long sequence);

    /**
     * Marks many outbox entries delivered, each as {@link #delivered} does (a sequence no longer
     * in the outbox is passed over), which ends their claims ({@link #claimDeliverable}); the JDBC
     * store does it in one transaction. The default calls {@link #delivered} for each.
     */
    default void deliveredAll(List<Long> sequences) {
        sequences.forEach(this::delivered);
    }

    /**
     * Records a failed delivery: one more attempt, the next not before {@code retryAt}, and the
     * entries after it wait behind it. If it was its run's first entry the claim on its matter ends
     * ({@link #claimDeliverable}); otherwise the earlier ones, delivered and not yet marked, keep
     * holding the matter until they are marked.
     */
    void failed(long sequence, Instant retryAt);

    /** The outbox's counts. */
    OutboxStats outboxStats();

    /**
     * Records a visit warning and queues its {@link OfficeEvent#visitWarning} event in the outbox,
     * atomically, unless a warning with its {@link VisitWarning#key()} was recorded before (then
     * nothing changes): what makes a visit warning exactly once across ticks, restarts and offices
     * sharing the store.
     *
     * @return whether it was recorded now
     */
    boolean warnVisit(VisitWarning warning);

    /** The visit warnings recorded, in the order recorded. */
    List<VisitWarning> visitWarnings();

    /** The matters whose state is closed, in id order (the return visits owed are among them). */
    List<MatterId> closedMatters();

    /** The office settings; {@link OfficeSettings#initial()} if never saved. */
    OfficeSettings settings();

    /**
     * Saves the settings if the stored ones are at {@code next.version() - 1}.
     *
     * @throws StaleSettingsException otherwise; nothing changed
     */
    void saveSettings(OfficeSettings next);
}
