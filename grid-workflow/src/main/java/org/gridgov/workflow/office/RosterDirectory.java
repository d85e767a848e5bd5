package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.RoleCatalogue;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.routing.HandlingLevel;

/** The default {@link RoleDirectory}; see {@link RoleDirectory#fromRoster}. Immutable. */
final class RosterDirectory implements RoleDirectory {
    private final Roster roster;
    /** The level each known role code serves at: the seeds' roles and those the roster posts. */
    private final Map<String, AreaLevel> roles;

    RosterDirectory(Roster roster) {
        this.roster = requireNonNull(roster, "roster");
        Map<String, AreaLevel> levels = new HashMap<>();
        RoleCatalogue.defaults().roles().forEach(r -> levels.put(r.code(), r.level()));
        roster.postings()
                .forEach(a -> levels.putIfAbsent(a.role().code(), a.role().level()));
        this.roles = Map.copyOf(levels);
    }

    @Override
    public List<String> parties(String role, AreaCode area) {
        String code = role.replace('-', '_').toUpperCase(Locale.ROOT);
        AreaLevel level = roles.get(code);
        if (level != null) {
            return roster.postingsIn(postedIn(level, area)).stream()
                    .filter(a -> a.role().code().equals(code))
                    .map(Posting::person)
                    .toList();
        }
        return List.of(role + "@" + areaAt(levelOf(role), area));
    }

    /**
     * Where a role of {@code level} is posted for a matter in {@code area}: the area itself for a
     * grid or micro-grid role, the ancestor at the role's level for a role above (总网格长 in the
     * community), or the area itself when it has no such ancestor.
     */
    private static AreaCode postedIn(AreaLevel level, AreaCode area) {
        if (level.isGrid()) {
            return area;
        }
        for (AreaCode a = area; a != null; a = a.parent()) {
            if (a.level() == level) {
                return a;
            }
        }
        return area;
    }

    /** The handling level a role names by its first word ({@code street:office}: street), or {@code null}. */
    static HandlingLevel levelOf(String role) {
        String head = role.split("[:\\-]", 2)[0].toUpperCase(Locale.ROOT);
        for (HandlingLevel l : HandlingLevel.values()) {
            if (l.name().equals(head)) {
                return l;
            }
        }
        return null;
    }

    /** The ancestor of {@code area} at {@code level} (the area itself if none or no level). */
    static AreaCode areaAt(HandlingLevel level, AreaCode area) {
        if (level == null) {
            return area;
        }
        for (AreaCode a = area; a != null; a = a.parent()) {
            if (a.level() == level.areaLevel()) {
                return a;
            }
        }
        return area;
    }
}
