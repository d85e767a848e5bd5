package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.gridgov.core.area.AreaCode;

/**
 * A venue (场所): a shop, market, internet café, hall or site people gather at, in exactly one
 * grid. Immutable and thread-safe.
 *
 * @param id an opaque record id, unique in the register
 * @param name its public name
 * @param kind what it is, a code of the host's (e.g. {@code MARKET})
 * @param grid the grid (or micro-grid)
 * @param place the plan's place it is at, if any
 */
public record Venue(String id, String name, String kind, AreaCode grid, Optional<String> place) {
    public Venue {
        RecordIds.require("id", id);
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(grid, "grid");
        requireNonNull(place, "place").ifPresent(p -> RecordIds.require("place", p));
    }
}
