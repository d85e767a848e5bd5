package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;

/**
 * Revises an active area's name, kind or figures (households, population). Code and status
 * stay: use {@link RecodeGrid} or {@link RetireGrid} to change them.
 *
 * @param area the area as it should be, with the code of an active area of the plan
 */
public record ReviseArea(Area area) implements PlanEdit {
    public ReviseArea {
        requireNonNull(area, "area");
    }

    @Override
    public String describe() {
        return "revise area " + area.code();
    }

    void change(Draft draft) {
        Area old = draft.areas.get(area.code());
        if (old == null || !old.isActive()) {
            throw new InvalidInputException(
                    "edit.area.code",
                    "names an active area of the plan",
                    area.code().toString());
        }
        if (area.status() != old.status()) {
            throw new InvalidInputException(
                    "edit.area.status",
                    "a revision keeps the status",
                    area.status().name());
        }
        draft.areas.put(area.code(), area);
    }
}
