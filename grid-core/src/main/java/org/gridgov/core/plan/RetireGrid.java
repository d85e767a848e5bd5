package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;

/**
 * Retires a grid. Its places, if any, move to another active grid.
 *
 * @param grid an active grid or micro-grid without active micro-grids
 * @param placesTo where its places go; required when it has places
 */
public record RetireGrid(AreaCode grid, Optional<AreaCode> placesTo) implements PlanEdit {
    public RetireGrid {
        requireNonNull(grid, "grid");
        requireNonNull(placesTo, "placesTo");
    }

    @Override
    public String describe() {
        return "retire grid " + grid;
    }

    void change(Draft draft) {
        draft.activeGrid("edit.grid", grid);
        draft.requireNoActiveChildren("edit.grid", grid);
        boolean hasPlaces =
                draft.places.values().stream().anyMatch(p -> p.grid().equals(grid));
        if (hasPlaces) {
            AreaCode to = placesTo.orElseThrow(() ->
                    new InvalidInputException("edit.placesTo", "names where the places of a retired grid go", "none"));
            if (to.equals(grid)) {
                throw new InvalidInputException("edit.placesTo", "is another grid than the one retired", to.toString());
            }
            draft.activeGrid("edit.placesTo", to);
            draft.moveAllPlaces(grid, to);
        }
        draft.retire(grid);
    }
}
