package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;

/**
 * Merges grids of one community into one. The merged grid either takes a new code, or keeps the
 * code of one of the grids (which then stays active with the merged figures); the others are
 * retired, and all their places move to the merged grid.
 *
 * @param grids two or more distinct active grids of one community, without active micro-grids
 * @param merged the grid they become
 */
public record MergeGrids(List<AreaCode> grids, Area merged) implements PlanEdit {
    public MergeGrids {
        grids = List.copyOf(grids);
        requireNonNull(merged, "merged");
    }

    @Override
    public String describe() {
        return "merge grids " + grids + " into " + merged.code();
    }

    void change(Draft draft) {
        if (grids.size() < 2) {
            throw new InvalidInputException("edit.grids", "a merge takes two or more grids", grids.size());
        }
        Set<AreaCode> seen = new HashSet<>();
        for (int i = 0; i < grids.size(); i++) {
            AreaCode code = grids.get(i);
            String path = "edit.grids[" + i + "]";
            Area grid = draft.activeGrid(path, code);
            draft.requireNoActiveChildren(path, code);
            if (!seen.add(code)) {
                throw new InvalidInputException(path, "names each grid once", code.toString());
            }
            if (grid.level() != merged.level()
                    || !code.parent().equals(merged.code().parent())) {
                throw new InvalidInputException(
                        path,
                        "is a grid of the merged grid's community "
                                + merged.code().parent(),
                        code.toString());
            }
        }
        if (!merged.isActive()) {
            throw new InvalidInputException(
                    "edit.merged.status",
                    "the merged grid is active",
                    merged.status().name());
        }
        for (AreaCode code : grids) {
            draft.moveAllPlaces(code, merged.code());
            if (!code.equals(merged.code())) {
                draft.retire(code);
            }
        }
        if (seen.contains(merged.code())) {
            draft.areas.put(merged.code(), merged);
        } else {
            draft.add("edit.merged", merged);
        }
    }
}
