package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;

/**
 * Gives a grid a new code, possibly in another community. The old code is retired (so old
 * references still resolve) and a copy of the grid, with its places, takes the new code.
 *
 * @param from an active grid or micro-grid without active micro-grids
 * @param to a code of the same level not yet used in the plan
 */
public record RecodeGrid(AreaCode from, AreaCode to) implements PlanEdit {
    public RecodeGrid {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
    }

    @Override
    public String describe() {
        return "recode grid " + from + " to " + to;
    }

    void change(Draft draft) {
        Area old = draft.activeGrid("edit.from", from);
        draft.requireNoActiveChildren("edit.from", from);
        if (to.level() != from.level() || to.microGridDepth() != from.microGridDepth()) {
            throw new InvalidInputException(
                    "edit.to",
                    "a new code has the same level as the old, " + from.level()
                            + (from.microGridDepth() > 0 ? " at depth " + from.microGridDepth() : ""),
                    to.toString());
        }
        draft.retire(from);
        draft.add(
                "edit",
                Area.builder().from(old).code(to).parent(Optional.empty()).build());
        draft.moveAllPlaces(from, to);
    }
}
