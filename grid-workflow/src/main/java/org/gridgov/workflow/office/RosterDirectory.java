package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.RoleCatalogue;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.routing.HandlingLevel;

/** The default {@link RoleDirectory}; see {@link RoleDirectory#fromRoster}. Immutable. */
final class RosterDirectory implements RoleDirectory {
    private final Roster roster;
    private final Set<String> roles;

    RosterDirectory(Roster roster) {
        this.roster = requireNonNull(roster, "roster");
        Set<String> codes = new HashSet<>();
        RoleCatalogue.defaults().roles().forEach(r -> codes.add(r.code()));
        roster.postings().forEach(a -> codes.add(a.role().code()));
        this.roles = Set.copyOf(codes);
    }

    @Override
    public List<String> parties(String role, AreaCode area) {
        String code = role.replace('-', '_').toUpperCase(Locale.ROOT);
        if (isRole(code)) {
            return roster.postingsIn(area).stream()
                    .filter(a -> a.role().code().equals(code))
                    .map(Posting::person)
                    .toList();
        }
        return List.of(role + "@" + areaAt(levelOf(role), area));
    }

    /** Whether {@code code} is a role of the seeds' catalogue or one the roster posts people in. */
    private boolean isRole(String code) {
        return roles.contains(code);
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
