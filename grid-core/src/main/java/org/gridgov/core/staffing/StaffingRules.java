package org.gridgov.core.staffing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.RoleCatalogue;
import org.gridgov.core.staff.Roster;

/** The built-in staffing rules of the seeds. Each is immutable and thread-safe. */
public final class StaffingRules {
    private StaffingRules() {}

    /** Every active grid has at least {@code min} full-time grid workers (seed 001: at least one). */
    public static StaffingRule fullTimeWorkers(int min) {
        return (plan, roster) -> {
            List<StaffingFinding> out = new ArrayList<>();
            for (Area grid : plan.grids()) {
                long n = count(roster, grid.code(), Role.FULL_TIME_WORKER);
                if (n < min) {
                    out.add(StaffingFinding.of(
                            StaffingFinding.Kind.FULL_TIME_WORKER,
                            List.of(grid.code().toString()),
                            "grid " + grid.code() + " has " + n + " full-time grid workers (专职网格员), at least " + min
                                    + " required"));
                }
            }
            return out;
        };
    }

    /** Every active grid's team matches the template: exactly its heads, at least its volunteers. */
    public static StaffingRule team(TeamTemplate template) {
        return (plan, roster) -> {
            List<StaffingFinding> out = new ArrayList<>();
            for (Area grid : plan.grids()) {
                AreaCode code = grid.code();
                long heads = count(roster, code, Role.GRID_HEAD);
                long volunteers = count(roster, code, Role.GRID_VOLUNTEER);
                long students = count(roster, code, Role.STUDENT_VOLUNTEER);
                if (heads != template.heads()) {
                    out.add(teamFinding(code, template, heads, "grid heads", "exactly " + template.heads()));
                }
                if (volunteers < template.volunteers()) {
                    out.add(teamFinding(
                            code, template, volunteers, "grid volunteers", "at least " + template.volunteers()));
                }
                if (students < template.students()) {
                    out.add(teamFinding(
                            code, template, students, "student volunteers", "at least " + template.students()));
                }
            }
            return out;
        };
    }

    private static StaffingFinding teamFinding(AreaCode grid, TeamTemplate t, long n, String what, String wanted) {
        return StaffingFinding.of(
                StaffingFinding.Kind.TEAM,
                List.of(grid.toString()),
                "grid " + grid + " has " + n + " " + what + ", the " + t + " team asks for " + wanted);
    }

    /** A grid head lives in the grid they head ("five haves and one must", seed 000). */
    public static StaffingRule headLivesInGrid() {
        return (plan, roster) -> {
            List<StaffingFinding> out = new ArrayList<>();
            for (Posting a : roster.postings()) {
                if (!a.role().equals(Role.GRID_HEAD)) {
                    continue;
                }
                Person head = roster.person(a.person());
                boolean inside = head.residence().map(r -> a.grid().contains(r)).orElse(false);
                if (!inside) {
                    String where = head.residence().map(AreaCode::toString).orElse("unknown");
                    out.add(StaffingFinding.of(
                            StaffingFinding.Kind.HEAD_RESIDENCE,
                            List.of(head.id(), a.grid().toString()),
                            "grid head " + head.id() + " of grid " + a.grid() + " lives in " + where
                                    + ", not in the grid"));
                }
            }
            return out;
        };
    }

    /** A full-time grid worker is posted to one grid only (定格, seed 001). */
    public static StaffingRule fullTimeWorkerInOneGrid() {
        return (plan, roster) -> {
            Map<String, Set<String>> grids = new HashMap<>();
            for (Posting a : roster.postings()) {
                if (a.role().equals(Role.FULL_TIME_WORKER)) {
                    grids.computeIfAbsent(a.person(), k -> new TreeSet<>())
                            .add(a.grid().toString());
                }
            }
            List<StaffingFinding> out = new ArrayList<>();
            for (Person p : roster.people()) {
                Set<String> posts = grids.getOrDefault(p.id(), Set.of());
                if (posts.size() > 1) {
                    out.add(StaffingFinding.of(
                            StaffingFinding.Kind.FULL_TIME_ONE_GRID,
                            concat(p.id(), posts),
                            "full-time grid worker " + p.id() + " is posted to " + posts.size() + " grids " + posts
                                    + ", one allowed"));
                }
            }
            return out;
        };
    }

    /**
     * Every assignment is to an active area of the plan: a grid or micro-grid, or for a role that
     * serves higher up (总网格长 over a village's grids, seed 003) an area of the role's level.
     */
    public static StaffingRule postsInActiveGrids() {
        return (plan, roster) -> {
            List<StaffingFinding> out = new ArrayList<>();
            for (Posting a : roster.postings()) {
                String state = plan.findArea(a.grid())
                        .map(g -> !g.level().isGrid() && g.level() != a.role().level()
                                ? "not a grid"
                                : g.isActive() ? "" : "retired")
                        .orElse("not in the plan");
                if (!state.isEmpty()) {
                    out.add(StaffingFinding.of(
                            StaffingFinding.Kind.ACTIVE_GRID,
                            List.of(a.person(), a.grid().toString()),
                            "person " + a.person() + " is posted as " + a.role() + " to " + a.grid() + ", which is "
                                    + state));
                }
            }
            return out;
        };
    }

    /**
     * Every assignment's role is in the role catalogue and posted at the role's level: a grid role
     * to a grid or one of its micro-grids, a micro-grid role (楼栋长, 楼道长) to a micro-grid of any
     * depth, any other role to an area of exactly its level.
     */
    public static StaffingRule rolesIn(RoleCatalogue catalogue) {
        requireNonNull(catalogue, "catalogue");
        return (plan, roster) -> {
            List<StaffingFinding> out = new ArrayList<>();
            for (Posting a : roster.postings()) {
                Optional<Role> role = catalogue.find(a.role().code());
                List<String> ids =
                        List.of(a.person(), a.grid().toString(), a.role().code());
                if (role.isEmpty()) {
                    out.add(StaffingFinding.of(
                            StaffingFinding.Kind.ROLE,
                            ids,
                            "person " + a.person() + " in " + a.grid() + " holds role '"
                                    + a.role().code() + "', which is not in the role catalogue"));
                } else if (!servesAt(role.get().level(), a.grid().level())) {
                    out.add(StaffingFinding.of(
                            StaffingFinding.Kind.ROLE,
                            ids,
                            "person " + a.person() + " is posted as " + a.role().code() + " ("
                                    + role.get().name() + ", a " + role.get().level() + " role) to "
                                    + a.grid() + ", a " + a.grid().level()));
                }
            }
            return out;
        };
    }

    private static boolean servesAt(AreaLevel roleLevel, AreaLevel posted) {
        return roleLevel == AreaLevel.GRID ? posted.isGrid() : roleLevel == posted;
    }

    /** Every duty of every assignment is in the catalogue. */
    public static StaffingRule dutiesIn(DutyCatalogue catalogue) {
        return (plan, roster) -> {
            List<StaffingFinding> out = new ArrayList<>();
            for (Posting a : roster.postings()) {
                for (String duty : a.duties()) {
                    if (catalogue.find(duty).isEmpty()) {
                        out.add(StaffingFinding.of(
                                StaffingFinding.Kind.DUTY,
                                List.of(a.person(), a.grid().toString(), duty),
                                "person " + a.person() + " in grid " + a.grid() + " has duty '" + duty
                                        + "', which is not in the duty catalogue"));
                    }
                }
            }
            return out;
        };
    }

    private static List<String> concat(String first, Set<String> rest) {
        List<String> ids = new ArrayList<>();
        ids.add(first);
        ids.addAll(rest);
        return ids;
    }

    private static long count(Roster roster, AreaCode grid, Role role) {
        return roster.postingsIn(grid).stream()
                .filter(a -> a.role().equals(role))
                .count();
    }

    /** The rules {@link StaffingCheck#defaults()} runs. */
    static List<StaffingRule> defaults() {
        return defaults(RoleCatalogue.defaults());
    }

    /** The rules {@link StaffingCheck#defaults(RoleCatalogue)} runs. */
    static List<StaffingRule> defaults(RoleCatalogue roles) {
        return List.of(
                fullTimeWorkers(1),
                team(TeamTemplate.JINGKOU),
                headLivesInGrid(),
                fullTimeWorkerInOneGrid(),
                postsInActiveGrids(),
                rolesIn(roles),
                dutiesIn(DutyCatalogue.standard()));
    }
}
