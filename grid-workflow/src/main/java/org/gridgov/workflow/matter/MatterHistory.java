package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;

/**
 * The append-only history of one matter: the facts fixed at intake and every transition since,
 * in version order.
 *
 * <p>{@link #replay()} folds the transitions through {@link Lifecycle#apply} and rebuilds the
 * matter; the engine keeps the invariant that the replay equals the stored matter. The history
 * is the feed for SLA clocks and reports: {@link #since(long)} gives the transitions after a
 * version. In JSON (a durable store's rows) a history is its facts and transitions. Immutable;
 * equal when the facts and transitions are; {@link #append} returns a new history that shares the
 * transitions so far with this one (nothing is copied), and this history stays as it was.
 */
public final class MatterHistory {
    private final MatterReport report;
    private final AreaCode area;
    private final Category category;
    private final Log log;
    private final List<Transition> transitions;

    private MatterHistory(MatterReport report, AreaCode area, Category category, Log log, int size) {
        this.report = report;
        this.area = area;
        this.category = category;
        this.log = log;
        this.transitions = new Prefix(log.slots, size);
    }

    /**
     * The slots a matter's histories share (structural sharing: {@link #append} does not copy). A
     * history is a prefix of its log; the first append to a history whose length is the log's
     * claimed count writes the next slot, any other append (a second branch from an older version,
     * or a full log) copies into a new log. Slots below the claimed count are written once, before
     * the history that holds them is made, and never change after.
     */
    private static final class Log {
        final Transition[] slots;
        final AtomicInteger claimed;

        Log(Transition[] slots, int claimed) {
            this.slots = slots;
            this.claimed = new AtomicInteger(claimed);
        }
    }

    /** The first {@code size} slots of a log as an unmodifiable list. */
    private static final class Prefix extends AbstractList<Transition> implements RandomAccess {
        private final Transition[] slots;
        private final int size;

        Prefix(Transition[] slots, int size) {
            this.slots = slots;
            this.size = size;
        }

        @Override
        public Transition get(int index) {
            return slots[Objects.checkIndex(index, size)];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * A history from its facts and transitions.
     *
     * @throws InvalidInputException unless the first transition is the report and versions run
     *     1, 2, 3, ... for one matter
     */
    @JsonCreator
    public static MatterHistory of(
            @JsonProperty("report") MatterReport report,
            @JsonProperty("area") AreaCode area,
            @JsonProperty("category") Category category,
            @JsonProperty("transitions") List<Transition> transitions) {
        requireNonNull(report, "report");
        requireNonNull(area, "area");
        requireNonNull(category, "category");
        List<Transition> copy = List.copyOf(transitions);
        if (copy.isEmpty() || copy.get(0).action() != Action.REPORT) {
            throw new InvalidInputException(
                    "transitions[0].action",
                    "a history starts with the report",
                    copy.isEmpty() ? null : copy.get(0).action());
        }
        for (int i = 0; i < copy.size(); i++) {
            Transition t = copy.get(i);
            if (t.version() != i + 1 || !t.matter().equals(copy.get(0).matter())) {
                throw new InvalidInputException(
                        "transitions[" + i + "].version", "versions run 1, 2, 3, ... for one matter", t.version());
            }
        }
        // room for the usual loop: the next appends fill slots instead of copying the log
        Transition[] slots = copy.toArray(new Transition[Math.max(8, copy.size())]);
        return new MatterHistory(report, area, category, new Log(slots, copy.size()), copy.size());
    }

    /** The matter's id. */
    public MatterId matterId() {
        return transitions.get(0).matter();
    }

    /** What was reported. */
    @JsonProperty("report")
    public MatterReport report() {
        return report;
    }

    /** The area resolved at intake. */
    @JsonProperty("area")
    public AreaCode area() {
        return area;
    }

    /** The category resolved at intake. */
    @JsonProperty("category")
    public Category category() {
        return category;
    }

    /** Every transition, oldest first. */
    @JsonProperty("transitions")
    public List<Transition> transitions() {
        return transitions;
    }

    /**
     * This history without its personal parts, as a scoped read hands it out: the report masked as
     * {@link Matter#masked()} masks it (the location coarsened to the intake area), and every
     * non-empty reason (free text, personal by default) replaced by {@code ***}. Ids, actions,
     * states, actors, assignments, routings and steps stay, so the masked history replays to the
     * masked matter's lifecycle.
     */
    public MatterHistory masked() {
        List<Transition> clean = new java.util.ArrayList<>(transitions.size());
        for (Transition t : transitions) {
            clean.add(Masking.transition(t));
        }
        return of(Masking.report(report, area), area, category, clean);
    }

    /** The transitions after {@code version}, oldest first. */
    public List<Transition> since(long version) {
        int from = (int) Math.max(0, Math.min(version, transitions.size()));
        return transitions.subList(from, transitions.size());
    }

    /** The version of the last transition. */
    public long version() {
        return transitions.size();
    }

    /** This history with one more transition; the transition must be the next version. */
    public MatterHistory append(Transition next) {
        requireNonNull(next, "next");
        // The transitions so far were checked when this history was made: only the new one is.
        if (next.version() != transitions.size() + 1 || !next.matter().equals(matterId())) {
            throw new InvalidInputException(
                    "transitions[" + transitions.size() + "].version",
                    "versions run 1, 2, 3, ... for one matter",
                    next.version());
        }
        int size = transitions.size();
        if (size < log.slots.length && log.claimed.compareAndSet(size, size + 1)) {
            log.slots[size] = next; // the slot is this history's to fill: no other history holds it
            return new MatterHistory(report, area, category, log, size + 1);
        }
        Transition[] grown = new Transition[Math.max(8, 2 * size)];
        System.arraycopy(log.slots, 0, grown, 0, size); // this history's prefix only, not another branch's slots
        grown[size] = next;
        return new MatterHistory(report, area, category, new Log(grown, size + 1), size + 1);
    }

    /**
     * Rebuilds the matter by applying every transition in order.
     *
     * @throws IllegalTransitionException if the history holds a step the lifecycle forbids
     */
    public Matter replay() {
        return replay(transitions.size());
    }

    /**
     * The matter as it was at {@code version}: who was responsible then, where it was handled,
     * which state it was in.
     *
     * @throws InvalidInputException unless 1 &lt;= version &lt;= {@link #version()}
     * @throws IllegalTransitionException if the history holds a step the lifecycle forbids
     */
    public Matter replay(long version) {
        if (version < 1 || version > transitions.size()) {
            throw new InvalidInputException("version", "a version between 1 and " + transitions.size(), version);
        }
        Matter matter = Lifecycle.start(report, area, category, transitions.get(0));
        for (Transition t : transitions.subList(1, (int) version)) {
            matter = Lifecycle.apply(matter, t);
        }
        return matter;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatterHistory h
                && h.report.equals(report)
                && h.area.equals(area)
                && h.category.equals(category)
                && h.transitions.equals(transitions);
    }

    @Override
    public int hashCode() {
        return transitions.hashCode();
    }

    /** The transitions, one per line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("History of ").append(matterId()).append(":\n");
        for (Transition t : transitions) {
            s.append("  ").append(t).append('\n');
        }
        return s.toString();
    }
}
