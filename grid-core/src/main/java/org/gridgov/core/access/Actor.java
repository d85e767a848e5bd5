package org.gridgov.core.access;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.OpaqueIds;
import org.gridgov.core.internal.Sorted;

/**
 * Someone who reads or changes data: an opaque id from the host's identity system, roles, and the
 * areas the area roles are granted over. An area granted covers itself and everything below it
 * ({@link AreaCode#contains}). Immutable and thread-safe; {@link #toString()} shows only the id.
 *
 * @param id the host's opaque user id, never a name
 * @param roles at least one role
 * @param areas the areas of the area roles: each at the level of one of the actor's roles
 */
public record Actor(String id, Set<ActorRole> roles, Set<AreaCode> areas) {

    public Actor {
        requireNonNull(id, "id");
        if (!OpaqueIds.isOpaque(id)) {
            throw InvalidInputException.ofText(
                    "actor.id", "an actor id is " + OpaqueIds.SHAPE, id.length() + " characters", null);
        }
        if (requireNonNull(roles, "roles").isEmpty()) {
            throw new InvalidInputException("actor.roles", "an actor has at least one role", "none");
        }
        roles = Sorted.set(roles);
        areas = Sorted.set(requireNonNull(areas, "areas"));
        for (AreaCode area : areas) {
            boolean fits = roles.stream()
                    .anyMatch(r -> r.level().filter(area.level()::equals).isPresent());
            if (!fits) {
                throw new InvalidInputException(
                        "actor.areas", "each area is at the level of one of the actor's roles " + roles, area);
            }
        }
    }

    /** A grid worker posted to {@code grids} (a grid named twice counts once). */
    public static Actor gridWorker(String id, AreaCode... grids) {
        return new Actor(id, EnumSet.of(ActorRole.GRID_WORKER), Set.copyOf(java.util.List.of(grids)));
    }

    /** A community, street or district officer over {@code area}, by its level. */
    public static Actor officer(String id, AreaCode area) {
        ActorRole role;
        switch (area.level()) {
            case COMMUNITY:
                role = ActorRole.COMMUNITY;
                break;
            case STREET:
                role = ActorRole.STREET;
                break;
            case DISTRICT:
                role = ActorRole.DISTRICT;
                break;
            default:
                throw new InvalidInputException(
                        "actor.areas", "an officer's area is a community, street or district", area);
        }
        return new Actor(id, EnumSet.of(role), Set.of(area));
    }

    /** A department's user: no area of the register. */
    public static Actor department(String id) {
        return new Actor(id, EnumSet.of(ActorRole.DEPARTMENT), Set.of());
    }

    /** A resident using the reporting app: no area of the register. */
    public static Actor resident(String id) {
        return new Actor(id, EnumSet.of(ActorRole.RESIDENT), Set.of());
    }

    /** Whether {@code area} lies within one of the actor's areas. */
    public boolean covers(AreaCode area) {
        requireNonNull(area, "area");
        return areas.stream().anyMatch(a -> a.contains(area));
    }

    @Override
    public String toString() {
        return "Actor[" + id + ", " + roles + ", " + areas.size() + " areas]";
    }
}
