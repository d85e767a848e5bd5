package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.PlanChange;
import org.gridgov.core.plan.PlanEdit;
import org.gridgov.core.plan.RecodeGrid;
import org.gridgov.core.plan.RetireGrid;
import org.gridgov.core.plan.SplitGrid;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.Transition;

/**
 * Where an open matter lives after a plan revision, following the change records in order: a
 * merged grid's matters go to the merged grid, a retired grid's to the grid its places went to
 * (else its parent), a re-coded grid's to the new code, and a split grid's to the part the
 * reported coordinate lies in under the new resolver (else the parent). An area not active in the
 * new plan falls back to its nearest active ancestor. Stateless.
 */
final class Rehoming {
    private Rehoming() {}

    /** The new home and the edit that moved it, or empty if the matter stays. */
    static Optional<Move> home(Matter m, List<PlanChange> changes, GridPlan plan, GridResolver resolver) {
        AreaCode a = m.area();
        PlanChange cause = null;
        for (PlanChange c : changes) {
            AreaCode next = follow(c.edit(), a, m, resolver);
            if (!next.equals(a)) {
                a = next;
                cause = c;
            }
        }
        while (a != null && plan.findArea(a).filter(Area::isActive).isEmpty()) {
            a = a.parent();
        }
        if (a == null || a.equals(m.area())) {
            return Optional.empty();
        }
        String why = cause == null
                ? "area no longer active in plan revision " + plan.revision()
                : "plan revision " + cause.revision() + ": " + cause.edit().describe();
        return Optional.of(new Move(a, why));
    }

    private static AreaCode follow(PlanEdit edit, AreaCode a, Matter m, GridResolver resolver) {
        if (edit instanceof MergeGrids merge && merge.grids().contains(a)) {
            return merge.merged().code();
        }
        if (edit instanceof RetireGrid retire && retire.grid().equals(a)) {
            return retire.placesTo().orElse(a.parent());
        }
        if (edit instanceof RecodeGrid recode && recode.from().equals(a)) {
            return recode.to();
        }
        if (edit instanceof SplitGrid split && split.grid().equals(a)) {
            var location = m.report().location();
            if (location.areaCode().isEmpty()) {
                Optional<AreaCode> found = resolver.resolve(location.lon(), location.lat(), location.crs());
                if (found.isPresent()
                        && split.parts().stream().anyMatch(p -> p.code().equals(found.get()))) {
                    return found.get();
                }
            }
            return a.parent();
        }
        return a;
    }

    /** A move: the new area and why. */
    record Move(AreaCode area, String reason) {
        /** The re-homing of the matter as it stands, if it is still open. */
        Transition transition(Matter m, String actor, Instant now) {
            if (!m.state().isOpen()) {
                return null;
            }
            return new Transition(
                    m.id(),
                    m.version() + 1,
                    Action.REHOME,
                    m.state(),
                    m.state(),
                    actor,
                    now,
                    reason,
                    null,
                    null,
                    null,
                    area);
        }
    }
}
