package org.gridgov.geo.boundary;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.PlanChange;
import org.gridgov.core.plan.PlanEdit;
import org.gridgov.core.plan.PlanHistory;
import org.locationtech.jts.geom.Geometry;

/**
 * A bounded plan's revisions and the change record of each: grid-core's {@link PlanHistory}
 * with the boundaries of every revision beside it. Every edit, geometry edits included, is
 * recorded with who made it and why:
 *
 * <pre>{@code
 * BoundedHistory history = BoundedHistory.start(boundedPlan, clock);
 * history = history.apply(edit, drawn, "staff-042", "surveyed border");
 * BoundedPlan now = history.current();
 * PlanChange last = history.changes().get(history.changes().size() - 1);
 * }</pre>
 *
 * <p>Immutable: {@link #apply} returns a new history, and a rejected edit leaves this one as it
 * was. {@link #plans()} is the plan history a {@code GridOffice} takes in {@code revisePlan}; its
 * plans are the very objects of {@link #current()}{@code .plan()} and {@link #revision}. Times come
 * from the {@link Clock} given to {@link #start}. Thread-safe as long as nobody mutates the JTS
 * geometries.
 */
public final class BoundedHistory {
    private final PlanHistory plans;
    private final List<BoundedPlan> revisions;

    private BoundedHistory(PlanHistory plans, List<BoundedPlan> revisions) {
        this.plans = plans;
        this.revisions = revisions;
    }

    /** A history whose first revision is {@code plan}; change times come from {@code clock}. */
    public static BoundedHistory start(BoundedPlan plan, Clock clock) {
        requireNonNull(plan, "plan");
        return new BoundedHistory(PlanHistory.start(plan.plan(), clock), List.of(plan));
    }

    /**
     * This history with one more revision: {@code edit} applied to the current plan with the
     * boundaries it draws (as {@link BoundedPlan#apply}), recorded with {@code actor} and
     * {@code reason}.
     *
     * @param actor who made the change: an account or staff id, never a person's name
     * @param reason why, in words
     * @throws InvalidInputException if the edit, a drawn boundary, the actor or the reason is
     *     rejected; this history is unchanged
     */
    public BoundedHistory apply(PlanEdit edit, Map<AreaCode, ? extends Geometry> drawn, String actor, String reason) {
        requireNonNull(edit, "edit");
        PlanHistory next = plans.apply(edit, actor, reason);
        BoundedPlan bounded = current().revised(edit, next.current(), drawn);
        List<BoundedPlan> list = new ArrayList<>(revisions);
        list.add(bounded);
        return new BoundedHistory(next, List.copyOf(list));
    }

    /** The latest revision. */
    public BoundedPlan current() {
        return revisions.get(revisions.size() - 1);
    }

    /**
     * The bounded plan as it was at revision {@code number}.
     *
     * @throws UnknownIdException if there is no such revision
     */
    public BoundedPlan revision(int number) {
        int index = number - revisions.get(0).plan().revision();
        if (index < 0 || index >= revisions.size()) {
            throw new UnknownIdException("revision", Integer.toString(number));
        }
        return revisions.get(index);
    }

    /** Every change, oldest first. */
    public List<PlanChange> changes() {
        return plans.changes();
    }

    /** The plans alone, with the same change records. */
    public PlanHistory plans() {
        return plans;
    }
}
