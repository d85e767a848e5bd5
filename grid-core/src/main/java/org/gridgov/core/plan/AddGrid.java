package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;

/**
 * Adds a new grid or micro-grid, for example when a new estate is built.
 *
 * @param grid the new area, with a code not yet used in the plan whose parent is an active
 *     community (for a grid), grid (for a micro-grid) or micro-grid (for a nested micro-grid)
 */
public record AddGrid(Area grid) implements PlanEdit {
    public AddGrid {
        requireNonNull(grid, "grid");
    }

    @Override
    public String describe() {
        return "add grid " + grid.code();
    }

    void change(Draft draft) {
        if (!grid.level().isGrid()) {
            throw new InvalidInputException(
                    "edit.grid.code",
                    "names a grid or micro-grid (15 digits, or 18, 21 or 24 for a micro-grid)",
                    grid.code().toString());
        }
        if (!grid.isActive()) {
            throw new InvalidInputException(
                    "edit.grid.status", "a new grid is active", grid.status().name());
        }
        draft.add("edit.grid", grid);
    }
}
