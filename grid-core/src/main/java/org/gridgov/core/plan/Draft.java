package org.gridgov.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.area.AreaStatus;
import org.gridgov.core.place.Place;

/** A mutable working copy of a plan that one edit changes before the result is validated whole. */
final class Draft {
    final GridPlan base;
    final Map<AreaCode, Area> areas = new LinkedHashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();

    Draft(GridPlan base) {
        this.base = base;
        base.areas().forEach(a -> areas.put(a.code(), a));
        base.places().forEach(p -> places.put(p.id(), p));
    }

    /** The active grid or micro-grid {@code code}, or a failure at {@code path}. */
    Area activeGrid(String path, AreaCode code) {
        Area area = areas.get(code);
        if (area == null) {
            throw new InvalidInputException(path, "names a grid of the plan", String.valueOf(code));
        }
        if (!area.level().isGrid()) {
            throw new InvalidInputException(
                    path, "names a grid or micro-grid (15 digits, or 18, 21 or 24 for a micro-grid)", code.toString());
        }
        if (!area.isActive()) {
            throw new InvalidInputException(path, "names an active grid, not a retired one", code.toString());
        }
        return area;
    }

    /** Adds a new area at {@code path}, which must use a code not yet in the plan. */
    void add(String path, Area area) {
        if (areas.containsKey(area.code())) {
            throw new InvalidInputException(
                    path + ".code",
                    "a new area takes a code not yet used in the plan",
                    area.code().toString());
        }
        areas.put(area.code(), area);
    }

    void retire(AreaCode code) {
        areas.computeIfPresent(
                code,
                (k, a) -> Area.builder().from(a).status(AreaStatus.RETIRED).build());
    }

    /** Fails at {@code path} if the grid still has active micro-grids. */
    void requireNoActiveChildren(String path, AreaCode grid) {
        for (Area a : areas.values()) {
            if (a.isActive()
                    && a.level() == AreaLevel.MICRO_GRID
                    && grid.equals(a.code().parent())) {
                throw new InvalidInputException(
                        path, "names a grid without active micro-grids (retire or move them first)", grid.toString());
            }
        }
    }

    void movePlace(String id, AreaCode to) {
        places.computeIfPresent(id, (k, p) -> Place.builder().from(p).grid(to).build());
    }

    /** Moves every place of {@code from} to {@code to}. */
    void moveAllPlaces(AreaCode from, AreaCode to) {
        for (Place p : new ArrayList<>(places.values())) {
            if (p.grid().equals(from)) {
                movePlace(p.id(), to);
            }
        }
    }

    /** Applies one edit: its own checks first, then the plan invariants on the result. */
    GridPlan apply(PlanEdit edit) {
        if (edit instanceof AddGrid) {
            ((AddGrid) edit).change(this);
        } else if (edit instanceof SplitGrid) {
            ((SplitGrid) edit).change(this);
        } else if (edit instanceof MergeGrids) {
            ((MergeGrids) edit).change(this);
        } else if (edit instanceof MovePlaces) {
            ((MovePlaces) edit).change(this);
        } else if (edit instanceof RecodeGrid) {
            ((RecodeGrid) edit).change(this);
        } else if (edit instanceof RetireGrid) {
            ((RetireGrid) edit).change(this);
        } else if (edit instanceof ReviseBoundaries) {
            ((ReviseBoundaries) edit).change(this);
        } else {
            ((ReviseArea) edit).change(this);
        }
        try {
            return GridPlan.of(base.revision() + 1, new ArrayList<>(areas.values()), new ArrayList<>(places.values()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    "edit", "the edited plan keeps every plan invariant (" + e.getMessage() + ")", edit.describe(), e);
        }
    }
}
