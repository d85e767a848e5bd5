package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.sla.Timer;

/**
 * An {@link OfficeStore} in memory: ids {@code M000001}, {@code M000002}, ... Holds everything
 * until the JVM exits; a new {@link GridOffice} on the same store instance (a "restart" within one
 * JVM) sees everything the last one committed.
 *
 * <p>Thread-safe: every method holds the store's monitor for a few map operations, which makes a
 * commit atomic with respect to every read. The office's own locking is per matter; this lock is
 * the in-memory stand-in for a database transaction and never held while the office computes.
 */
public final class InMemoryOfficeStore implements OfficeStore {
    /** A matter's record and its earliest due instant: one map lookup per find and per commit. */
    private static final class Slot {
        final MatterId id;
        MatterRecord record;
        Instant due;
        /** The timers of the last commit, as the change gave them (an unchanged list is not indexed again). */
        List<Timer> timers = List.of();

        Slot(MatterRecord record) {
            this.id = record.matter().id();
            this.record = record;
        }
    }

    private final Map<MatterId, Slot> matters = new HashMap<>();
    /**
     * The slot found or committed last: a change finds its matter and then commits it, so the commit
     * (and the next command's find on the same matter) takes it without a second map lookup.
     */
    private Slot last;

    private final Map<String, MatterId> external = new HashMap<>();
    private final TimerIndex timers = new TimerIndex();
    private final Map<MatterId, ClockProblem> problems = new TreeMap<>();
    /** In sequence order: sequences only grow, and a retry replaces its entry in place. */
    private final OutboxLog outbox = new OutboxLog();

    private final Map<String, VisitWarning> visitWarnings = new LinkedHashMap<>();

    private long sequence;
    private long ids;
    private long delivered;
    private long failures;
    private OfficeSettings settings = OfficeSettings.initial();

    /** An empty store. */
    public InMemoryOfficeStore() {
        // nothing stored yet
    }

    @Override
    public synchronized MatterId nextId() {
        return MatterId.numbered(++ids);
    }

    /** {@code M} and the number, zero-padded to six digits ({@link MatterId#numbered}). */
    static String idText(long n) {
        return MatterId.numbered(n).toString();
    }

    @Override
    public synchronized Optional<MatterRecord> find(MatterId id) {
        Slot slot = slot(requireNonNull(id, "id"));
        return slot == null ? Optional.empty() : Optional.of(slot.record);
    }

    /** The matter's slot, {@code null} if none; remembered as {@link #last}. Under the monitor. */
    private Slot slot(MatterId id) {
        Slot s = last;
        if (s != null && s.id.equals(id)) {
            return s;
        }
        s = matters.get(id);
        if (s != null) {
            last = s;
        }
        return s;
    }

    @Override
    public synchronized Optional<MatterId> byExternalId(String externalId) {
        return Optional.ofNullable(external.get(requireNonNull(externalId, "externalId")));
    }

    @Override
    public synchronized MatterRecord commit(MatterChange change) {
        requireNonNull(change, "change");
        Matter after = change.after();
        Slot slot = slot(after.id());
        MatterRecord current = slot == null ? null : slot.record;
        MatterHistory history;
        if (change.creates()) {
            Optional<String> ext = after.report().externalId();
            if (ext.isPresent() && external.containsKey(ext.get())) {
                return matters.get(external.get(ext.get())).record;
            }
            if (current != null) {
                throw new StaleVersionException(after.id(), 0, current.matter().version());
            }
            history = MatterHistory.of(after.report(), after.area(), after.category(), change.appended());
            if (ext.isPresent()) {
                external.put(ext.get(), after.id());
            }
        } else {
            if (current == null) {
                throw new UnknownIdException("matter", after.id().toString());
            }
            if (current.matter().version() != change.expectedVersion()) {
                throw new StaleVersionException(
                        after.id(), change.expectedVersion(), current.matter().version());
            }
            history = current.history();
            List<Transition> appended = change.appended();
            for (int i = 0; i < appended.size(); i++) {
                history = history.append(appended.get(i));
            }
        }
        MatterRecord stored = new MatterRecord(after, history);
        if (slot == null) {
            slot = new Slot(stored);
            matters.put(after.id(), slot);
            last = slot;
        } else {
            slot.record = stored;
        }
        List<Timer> next = change.timers();
        if (next != slot.timers) { // most changes keep the clocks' list of the last one
            timers.replace(after.id(), next);
            slot.timers = next;
        }
        if (change.problem() == null) {
            if (!problems.isEmpty()) {
                problems.remove(after.id());
            }
        } else {
            problems.put(after.id(), change.problem());
        }
        slot.due = change.due();
        List<OfficeEvent> events = change.outbox();
        for (int i = 0; i < events.size(); i++) {
            long seq = ++sequence;
            outbox.add(new OutboxEntry(seq, events.get(i), 0, Instant.MIN));
        }
        return stored;
    }

    @Override
    public synchronized List<Matter> openMatters(MatterQuery query) {
        requireNonNull(query, "query");
        List<Matter> out = new ArrayList<>();
        for (Slot s : matters.values()) {
            if (query.matches(s.record.matter(), Optional.ofNullable(s.due))) {
                out.add(s.record.matter());
            }
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    @Override
    public synchronized Optional<Instant> due(MatterId id) {
        Slot slot = matters.get(id);
        return slot == null ? Optional.empty() : Optional.ofNullable(slot.due);
    }

    @Override
    public synchronized List<Timer> dueTimers(Instant now, int limit) {
        return timers.due(now, limit);
    }

    @Override
    public synchronized List<Timer> timers(MatterId id) {
        return timers.of(id);
    }

    @Override
    public synchronized List<ClockProblem> clockProblems() {
        return List.copyOf(problems.values());
    }

    @Override
    public synchronized List<OutboxEntry> deliverable(Instant now, int limit) {
        if (outbox.isEmpty()) {
            return List.of();
        }
        List<OutboxEntry> out = new ArrayList<>();
        // The order keys (matters) seen so far: most outboxes hold one matter's run of events (a
        // command's change, delivered on the next tick), so the set is made only when a second shows.
        Object first = null;
        Set<Object> seen = null;
        for (int i = outbox.start(); i < outbox.end() && out.size() < limit; i++) {
            OutboxEntry e = outbox.at(i);
            if (e == null) {
                continue; // delivered
            }
            Object m = e.event().orderKey();
            boolean head;
            if (first == null) {
                first = m;
                head = true;
            } else if (m.equals(first)) {
                head = false;
            } else {
                if (seen == null) {
                    seen = new HashSet<>();
                }
                head = seen.add(m);
            }
            if (head && !e.notBefore().isAfter(now)) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public synchronized List<OutboxEntry> deliverableRuns(Instant now, int limit) {
        if (outbox.isEmpty() || limit < 1) {
            return List.of();
        }
        List<OutboxEntry> out = new ArrayList<>();
        // Per order key (matter), whether its run is still open; most outboxes hold one matter's
        // run (a command's change, delivered on the next tick), so the map is made only when a
        // second key shows.
        Object first = null;
        boolean firstOpen = false;
        Map<Object, Boolean> open = null;
        for (int i = outbox.start(); i < outbox.end() && out.size() < limit; i++) {
            OutboxEntry e = outbox.at(i);
            if (e == null) {
                continue; // delivered
            }
            Object m = e.event().orderKey();
            boolean due = !e.notBefore().isAfter(now);
            if (first == null) {
                first = m;
                firstOpen = due;
            } else if (m.equals(first)) {
                firstOpen &= due;
                due = firstOpen;
            } else {
                if (open == null) {
                    open = new HashMap<>();
                }
                Boolean was = open.get(m);
                due = (was == null || was) && due;
                open.put(m, due);
            }
            if (due) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public synchronized void delivered(long seq) {
        if (outbox.remove(seq)) {
            delivered++;
        }
    }

    /** Marks the entries delivered under one hold of the store's monitor. */
    @Override
    public synchronized void deliveredAll(List<Long> sequences) {
        for (int i = 0; i < sequences.size(); i++) {
            delivered(sequences.get(i));
        }
    }

    @Override
    public synchronized void failed(long seq, Instant retryAt) {
        OutboxEntry e = outbox.get(seq);
        if (e != null) {
            outbox.replace(new OutboxEntry(seq, e.event(), e.attempts() + 1, retryAt));
            failures++;
        }
    }

    @Override
    public synchronized OutboxStats outboxStats() {
        return new OutboxStats(outbox.size(), delivered, failures);
    }

    @Override
    public synchronized boolean warnVisit(VisitWarning warning) {
        if (visitWarnings.putIfAbsent(warning.key(), warning) != null) {
            return false;
        }
        long seq = ++sequence;
        outbox.add(new OutboxEntry(seq, OfficeEvent.visitWarning(warning), 0, Instant.MIN));
        return true;
    }

    @Override
    public synchronized List<VisitWarning> visitWarnings() {
        return List.copyOf(visitWarnings.values());
    }

    @Override
    public synchronized List<MatterId> closedMatters() {
        List<MatterId> out = new ArrayList<>();
        for (Slot s : matters.values()) {
            if (s.record.matter().state() == State.CLOSED) {
                out.add(s.record.matter().id());
            }
        }
        out.sort(null);
        return out;
    }

    @Override
    public synchronized OfficeSettings settings() {
        return settings;
    }

    @Override
    public synchronized void saveSettings(OfficeSettings next) {
        requireNonNull(next, "settings");
        if (next.version() != settings.version() + 1) {
            throw new StaleSettingsException(next.version() - 1, settings.version());
        }
        settings = next;
    }
}
