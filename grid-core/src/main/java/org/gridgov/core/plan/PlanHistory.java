package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;

/**
 * A plan's revisions and the changes between them. Immutable: {@link #apply} returns a new
 * history and leaves this one as it was, so a rejected edit changes nothing and every earlier
 * revision stays readable.
 *
 * <pre>{@code
 * PlanHistory history = PlanHistory.start(plan, clock);
 * history = history.apply(new MovePlaces(List.of("B-17"), grid), "staff-042", "street re-drawn");
 * GridPlan now = history.current();          // revision 2
 * GridPlan before = history.revision(1);
 * }</pre>
 *
 * <p>Times come from the {@link Clock} given to {@link #start}. Thread-safe.
 */
public final class PlanHistory {
    private final List<GridPlan> revisions;
    private final List<PlanChange> changes;
    private final Clock clock;

    private PlanHistory(List<GridPlan> revisions, List<PlanChange> changes, Clock clock) {
        this.revisions = revisions;
        this.changes = changes;
        this.clock = clock;
    }

    /** A history whose first revision is {@code plan}; change times come from {@code clock}. */
    public static PlanHistory start(GridPlan plan, Clock clock) {
        requireNonNull(plan, "plan");
        requireNonNull(clock, "clock");
        return new PlanHistory(List.of(plan), List.of(), clock);
    }

    /**
     * This history with one more revision: {@code edit} applied to the current plan.
     *
     * @throws InvalidInputException if the edit is rejected; this history is unchanged
     */
    public PlanHistory apply(PlanEdit edit, String actor, String reason) {
        requireNonNull(edit, "edit");
        GridPlan next = edit.applyTo(current());
        PlanChange change = new PlanChange(next.revision(), edit, actor, reason, clock.instant());
        List<GridPlan> plans = new ArrayList<>(revisions);
        plans.add(next);
        List<PlanChange> log = new ArrayList<>(changes);
        log.add(change);
        return new PlanHistory(List.copyOf(plans), List.copyOf(log), clock);
    }

    /** The latest revision. */
    public GridPlan current() {
        return revisions.get(revisions.size() - 1);
    }

    /**
     * The plan as it was at revision {@code number}.
     *
     * @throws UnknownIdException if there is no such revision
     */
    public GridPlan revision(int number) {
        int first = revisions.get(0).revision();
        int index = number - first;
        if (index < 0 || index >= revisions.size()) {
            throw new UnknownIdException("revision", Integer.toString(number));
        }
        return revisions.get(index);
    }

    /** Every change, oldest first. */
    public List<PlanChange> changes() {
        return changes;
    }
}
