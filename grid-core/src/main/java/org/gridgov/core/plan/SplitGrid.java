package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.place.Place;

/**
 * Splits a grid into several new grids of the same community. The old grid is retired; every
 * one of its places is assigned to one of the parts.
 *
 * @param grid the grid to split: active, without active micro-grids
 * @param parts two or more new grids with new codes, in the same community
 * @param places for every place of the old grid, the code of the part it goes to
 */
public record SplitGrid(AreaCode grid, List<Area> parts, Map<String, AreaCode> places) implements PlanEdit {
    public SplitGrid {
        requireNonNull(grid, "grid");
        parts = List.copyOf(parts);
        places = Collections.unmodifiableMap(new TreeMap<>(places));
    }

    @Override
    public String describe() {
        return "split grid " + grid + " into " + parts.size() + " grids";
    }

    void change(Draft draft) {
        Area old = draft.activeGrid("edit.grid", grid);
        draft.requireNoActiveChildren("edit.grid", grid);
        if (parts.size() < 2) {
            throw new InvalidInputException("edit.parts", "a split makes two or more grids", parts.size());
        }
        Set<AreaCode> partCodes = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Area part = parts.get(i);
            if (part.level() != old.level() || !part.code().parent().equals(grid.parent())) {
                throw new InvalidInputException(
                        "edit.parts[" + i + "].code",
                        "a part is a grid of the same community as " + grid,
                        part.code().toString());
            }
            partCodes.add(part.code());
        }
        for (Map.Entry<String, AreaCode> move : places.entrySet()) {
            Place place = draft.places.get(move.getKey());
            if (place == null || !place.grid().equals(grid)) {
                throw new InvalidInputException(
                        "edit.places", "names only places of the split grid " + grid, move.getKey());
            }
            if (!partCodes.contains(move.getValue())) {
                throw new InvalidInputException(
                        "edit.places." + move.getKey(),
                        "goes to one of the parts",
                        move.getValue().toString());
            }
        }
        for (Place place : draft.places.values()) {
            if (place.grid().equals(grid) && !places.containsKey(place.id())) {
                throw new InvalidInputException(
                        "edit.places", "assigns every place of the split grid to a part; missing", place.id());
            }
        }
        draft.retire(grid);
        for (int i = 0; i < parts.size(); i++) {
            draft.add("edit.parts[" + i + "]", parts.get(i));
        }
        places.forEach(draft::movePlace);
    }
}
