package org.gridgov.workflow.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;

/**
 * A {@link MatterStore} in memory: ids {@code M000001}, {@code M000002}, ... Thread-safe: updates
 * are compare-and-set on the version per matter; creation is serialised so the external-id index
 * and the matters never disagree. Holds everything until the JVM exits.
 */
public final class InMemoryMatterStore implements MatterStore {
    private record Entry(Matter matter, MatterHistory history) {}

    private final Map<MatterId, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, MatterId> external = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** An empty store. */
    public InMemoryMatterStore() {}

    @Override
    public MatterId nextId() {
        return MatterId.numbered(sequence.incrementAndGet());
    }

    @Override
    public Optional<Matter> find(MatterId id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::matter);
    }

    @Override
    public Optional<MatterHistory> history(MatterId id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::history);
    }

    @Override
    public Optional<MatterId> byExternalId(String externalId) {
        return Optional.ofNullable(external.get(externalId));
    }

    @Override
    public synchronized Matter create(Matter matter, MatterHistory history) {
        requireNonNull(history, "history");
        Optional<String> ext = matter.report().externalId();
        if (ext.isPresent() && external.containsKey(ext.get())) {
            return entries.get(external.get(ext.get())).matter();
        }
        entries.put(matter.id(), new Entry(matter, history));
        ext.ifPresent(e -> external.put(e, matter.id()));
        return matter;
    }

    @Override
    public void update(Matter after, Transition transition) {
        entries.compute(after.id(), (id, current) -> {
            if (current == null) {
                throw new UnknownIdException("matter", id.toString());
            }
            if (current.matter().version() != transition.version() - 1) {
                throw new StaleVersionException(
                        id, transition.version() - 1, current.matter().version());
            }
            return new Entry(after, current.history().append(transition));
        });
    }

    @Override
    public List<Matter> open() {
        return entries.values().stream()
                .map(Entry::matter)
                .filter(m -> m.state().isOpen())
                .toList();
    }
}
