package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.routing.HandlingLevel;

/** The default {@link RoleDirectory}; see {@link RoleDirectory#fromRoster}. Immutable. */
final class RosterDirectory implements RoleDirectory {
    private final Roster roster;

    RosterDirectory(Roster roster) {
        this.roster = requireNonNull(roster, "roster");
    }

    @Override
    public List<String> parties(String role, AreaCode area) {
        for (Role r : Role.values()) {
            if (r.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(role)) {
                return roster.postingsIn(area).stream()
                        .filter(a -> a.role() == r)
                        .map(Posting::person)
                        .toList();
            }
        }
        return List.of(role + "@" + areaAt(levelOf(role), area));
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
