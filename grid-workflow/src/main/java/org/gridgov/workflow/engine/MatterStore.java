package org.gridgov.workflow.engine;

import java.util.List;
import java.util.Optional;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;

/**
 * Where the engine keeps matters and their histories. {@link InMemoryMatterStore} is the one
 * shipped; a durable one comes later.
 *
 * <p>Implementations must be thread-safe, and {@link #create} and {@link #update} atomic: the
 * engine relies on them for idempotent intake and for optimistic concurrency.
 */
public interface MatterStore {

    /** A fresh matter id, never handed out before. */
    MatterId nextId();

    /** The current matter. */
    Optional<Matter> find(MatterId id);

    /** The matter's history. */
    Optional<MatterHistory> history(MatterId id);

    /** The matter taken in under this external id, if any. */
    Optional<MatterId> byExternalId(String externalId);

    /**
     * Stores a new matter at version 1, unless its external id is taken: then stores nothing and
     * returns the matter already taken in under it.
     *
     * @return the stored matter: {@code matter} itself, or the earlier one with the same external id
     */
    Matter create(Matter matter, MatterHistory history);

    /**
     * Replaces the matter with {@code after} and appends {@code transition} to its history, if
     * the stored version is {@code transition.version() - 1}.
     *
     * @throws StaleVersionException if the stored version differs; nothing changes
     */
    void update(Matter after, Transition transition);

    /** Every matter that is still open, in no particular order. */
    List<Matter> open();
}
