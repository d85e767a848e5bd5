package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.Sorted;
import org.gridgov.core.privacy.CreditCode;

/**
 * An organisation (组织): a unit, enterprise or social organisation, in exactly one grid. Its
 * name is public; its credit code shows masked (a sole trader's code identifies a person).
 * Immutable and thread-safe.
 *
 * @param id an opaque record id, unique in the register
 * @param name the registered name
 * @param creditCode the unified social credit code, or a legacy code read leniently
 * @param grid the grid (or micro-grid)
 * @param place the plan's place it occupies, if any
 * @param tags tag codes
 */
public record Organisation(
        String id,
        String name,
        CreditCode creditCode,
        AreaCode grid,
        Optional<String> place,
        @JsonIgnore Set<String> tags) {
    public Organisation {
        RecordIds.require("id", id);
        requireNonNull(name, "name");
        requireNonNull(creditCode, "creditCode");
        requireNonNull(grid, "grid");
        requireNonNull(place, "place").ifPresent(p -> RecordIds.require("place", p));
        tags = Sorted.set(requireNonNull(tags, "tags"));
    }

    /** How many tags the organisation carries. */
    @JsonProperty("tagCount")
    public int tagCount() {
        return tags.size();
    }
}
