package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.privacy.Address;

/**
 * A household (户) living at a place of the plan, in exactly one grid. The address shows masked.
 * Immutable and thread-safe.
 *
 * @param id an opaque record id, unique in the register
 * @param grid the grid (or micro-grid)
 * @param place the id of the plan's place (building, courtyard) the household lives in
 * @param address the postal address, if recorded
 */
public record Household(String id, AreaCode grid, String place, Optional<Address> address) {
    public Household {
        RecordIds.require("id", id);
        requireNonNull(grid, "grid");
        RecordIds.require("place", place);
        requireNonNull(address, "address");
    }
}
