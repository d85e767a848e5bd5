package org.gridgov.core.register;

import java.util.Optional;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Place;
import org.gridgov.core.plan.GridPlan;

/**
 * How register records relate to their plan and catalogue, each rule returning what is broken
 * (as words without personal data) or empty; used by {@link Register} (which throws) and {@link
 * RegisterFile#check} (which reports findings). Stateless.
 */
final class RegisterRules {
    private RegisterRules() {}

    /** The record's grid is an active grid or micro-grid of the plan. */
    static Optional<String> grid(GridPlan plan, AreaCode grid) {
        Optional<Area> area = plan.findArea(grid);
        if (area.isEmpty()) {
            return Optional.of("a record lies in a grid of the plan, but the plan has no such area");
        }
        if (grid.level() != AreaLevel.GRID && grid.level() != AreaLevel.MICRO_GRID) {
            return Optional.of("a record lies in a grid or micro-grid, not a " + grid.level());
        }
        if (!area.get().isActive()) {
            return Optional.of("a record lies in an active grid, but this one is retired");
        }
        return Optional.empty();
    }

    /** The place is the plan's and lies in the record's grid. */
    static Optional<String> place(GridPlan plan, AreaCode grid, String placeId) {
        Optional<Place> place =
                plan.places().stream().filter(p -> p.id().equals(placeId)).findFirst();
        if (place.isEmpty()) {
            return Optional.of("a record's place is a place of the plan");
        }
        if (!grid.contains(place.get().grid())) {
            return Optional.of("a record's place lies in the record's grid, but it lies in "
                    + place.get().grid());
        }
        return Optional.empty();
    }

    /** The resident's household exists and is in the resident's grid. */
    static Optional<String> household(Optional<Household> household, AreaCode grid) {
        if (household.isEmpty()) {
            return Optional.of("a resident's household is a household of the register");
        }
        if (!household.get().grid().equals(grid)) {
            return Optional.of("a resident lives in the grid of their household, "
                    + household.get().grid());
        }
        return Optional.empty();
    }

    /** The tag is in the catalogue and applies to this kind of record. */
    static Optional<String> tag(TagCatalogue tags, String code, Tag.Applies kind) {
        Optional<Tag> tag = tags.find(code);
        if (tag.isEmpty()) {
            return Optional.of("a tag is one of the catalogue's codes");
        }
        if (tag.get().appliesTo() != kind) {
            return Optional.of("tag " + code + " applies to " + tag.get().appliesTo() + " records only");
        }
        return Optional.empty();
    }
}
