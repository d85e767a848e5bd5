package org.gridgov.core.access;

import java.util.Optional;
import org.gridgov.core.area.AreaLevel;

/** A role an {@link Actor} holds, and the level of area it is granted over. */
public enum ActorRole {
    /** 网格员: acts within the grids (and their micro-grids) given. */
    GRID_WORKER(AreaLevel.GRID),
    /** 社区: acts within a community and every grid in it. */
    COMMUNITY(AreaLevel.COMMUNITY),
    /** 街道/镇: acts within a street or township and everything below. */
    STREET(AreaLevel.STREET),
    /** 区: acts within a district and everything below. */
    DISTRICT(AreaLevel.DISTRICT),
    /** A department: acts on matters assigned to it, never on the register. */
    DEPARTMENT(null),
    /** A resident: acts on their own reports, never on the register. */
    RESIDENT(null);

    private final AreaLevel level;

    ActorRole(AreaLevel level) {
        this.level = level;
    }

    /** The level of the areas this role is granted over; empty for roles without an area. */
    public Optional<AreaLevel> level() {
        return Optional.ofNullable(level);
    }
}
