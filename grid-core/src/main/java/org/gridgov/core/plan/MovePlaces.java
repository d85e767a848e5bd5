package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;

/**
 * Moves places to another grid.
 *
 * @param places ids of places of the plan
 * @param to an active grid or micro-grid
 */
public record MovePlaces(List<String> places, AreaCode to) implements PlanEdit {
    public MovePlaces {
        places = List.copyOf(places);
        requireNonNull(to, "to");
    }

    @Override
    public String describe() {
        return "move " + places.size() + " places to " + to;
    }

    void change(Draft draft) {
        draft.activeGrid("edit.to", to);
        if (places.isEmpty()) {
            throw new InvalidInputException("edit.places", "moves at least one place", "[]");
        }
        for (int i = 0; i < places.size(); i++) {
            if (!draft.places.containsKey(places.get(i))) {
                throw new InvalidInputException("edit.places[" + i + "]", "names a place of the plan", places.get(i));
            }
        }
        places.forEach(id -> draft.movePlace(id, to));
    }
}
