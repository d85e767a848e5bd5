package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Place;

/**
 * An immutable snapshot of a district's grid network: its areas, how they nest, and its places.
 *
 * <p>Invariants, checked when a plan is made ({@link #of}) and so after every edit: area codes
 * and place ids are unique; the plan has exactly one root; every other area's parent is in the
 * plan and its code extends the parent's code (so every grid belongs to exactly one community
 * or village, never directly to a street); an active area's parent is active; every place
 * belongs to exactly one active grid or micro-grid. A plan that breaks one is never built.
 *
 * <p>Queries: {@link #children}, {@link #ancestors}, {@link #gridOf}, {@link #totals}.
 * Thread-safe. Edits make new plans: see {@link PlanEdit} and {@link PlanHistory}.
 */
public final class GridPlan {
    private final int revision;
    private final Map<AreaCode, Area> areas;
    private final Map<AreaCode, AreaCode> parents;
    private final Map<AreaCode, List<Area>> children;
    private final Map<String, Place> places;
    private final Map<AreaCode, List<Place>> placesByArea;
    private final Map<AreaCode, Totals> totals;
    private final Area root;

    private GridPlan(int revision, List<Area> areaList, List<Place> placeList) {
        this.revision = revision;
        this.areas = indexAreas(areaList);
        this.parents = linkParents(areaList, areas);
        this.root = findRoot(areaList);
        this.children = indexChildren(areaList, parents);
        this.places = indexPlaces(placeList, areas);
        this.placesByArea = groupPlaces(placeList);
        this.totals = new HashMap<>();
        sum(root.code());
    }

    /**
     * A plan of these areas and places.
     *
     * @param revision the revision number, 1 or more
     * @throws InvalidInputException naming {@code areas[i].field} or {@code places[j].field} (the
     *     index in the given lists), the rule and the value, if an invariant is broken
     */
    public static GridPlan of(int revision, List<Area> areas, List<Place> places) {
        if (revision < 1) {
            throw new InvalidInputException("revision", "a revision number is 1 or more", revision);
        }
        requireNonNull(areas, "areas");
        requireNonNull(places, "places");
        if (areas.isEmpty()) {
            throw new InvalidInputException("areas", "a plan has at least one area", "[]");
        }
        return new GridPlan(revision, List.copyOf(areas), List.copyOf(places));
    }

    private static Map<AreaCode, Area> indexAreas(List<Area> list) {
        Map<AreaCode, Area> map = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Area area = list.get(i);
            if (map.putIfAbsent(area.code(), area) != null) {
                throw new InvalidInputException(
                        "areas[" + i + "].code",
                        "an area code appears once in a plan",
                        area.code().toString());
            }
        }
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static Map<AreaCode, AreaCode> linkParents(List<Area> list, Map<AreaCode, Area> byCode) {
        Map<AreaCode, AreaCode> links = new HashMap<>();
        for (Area area : list) {
            area.parent().ifPresent(p -> links.put(area.code(), p));
        }
        for (int i = 0; i < list.size(); i++) {
            Area area = list.get(i);
            AreaCode expected = area.code().parent();
            AreaCode given = area.parent().orElse(null);
            if (given != null && hasCycle(area.code(), links)) {
                throw new InvalidInputException(
                        "areas[" + i + "].parent", "parent links do not form a cycle", given.toString());
            }
            if (given != null && !given.equals(expected)) {
                throw new InvalidInputException(
                        "areas[" + i + "].code",
                        "a " + area.level() + " code extends its parent's code (parent " + given + ")",
                        area.code().toString());
            }
            if (expected != null) {
                links.put(area.code(), expected);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Area area = list.get(i);
            Area parent = byCode.get(links.get(area.code()));
            if (parent != null && area.isActive() && !parent.isActive()) {
                throw new InvalidInputException(
                        "areas[" + i + "].status",
                        "an active area's parent (" + parent.code() + ") is active",
                        area.status().name());
            }
        }
        links.keySet().retainAll(byCode.keySet());
        links.values().removeIf(p -> !byCode.containsKey(p));
        return links;
    }

    private static boolean hasCycle(AreaCode start, Map<AreaCode, AreaCode> links) {
        AreaCode at = links.get(start);
        for (int steps = 0; at != null && steps <= links.size(); steps++) {
            if (at.equals(start)) {
                return true;
            }
            at = links.get(at);
        }
        return false;
    }

    private Area findRoot(List<Area> list) {
        Area found = null;
        for (int i = 0; i < list.size(); i++) {
            Area area = list.get(i);
            if (!parents.containsKey(area.code())) {
                if (found != null) {
                    throw new InvalidInputException(
                            "areas[" + i + "].code",
                            "a plan has one root (" + found.code() + "); every other area's parent is in the plan",
                            area.code().toString());
                }
                found = area;
            }
        }
        return found;
    }

    private static Map<AreaCode, List<Area>> indexChildren(List<Area> list, Map<AreaCode, AreaCode> parents) {
        Map<AreaCode, List<Area>> map = new HashMap<>();
        List<Area> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        for (Area area : sorted) {
            AreaCode parent = parents.get(area.code());
            if (parent != null) {
                map.computeIfAbsent(parent, k -> new ArrayList<>()).add(area);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    private static Map<String, Place> indexPlaces(List<Place> list, Map<AreaCode, Area> areas) {
        Map<String, Place> map = new LinkedHashMap<>();
        for (int j = 0; j < list.size(); j++) {
            Place place = list.get(j);
            if (map.putIfAbsent(place.id(), place) != null) {
                throw new InvalidInputException(
                        "places[" + j + "].id", "a place id appears once in a plan", place.id());
            }
            Area grid = areas.get(place.grid());
            if (grid == null) {
                throw new InvalidInputException(
                        "places[" + j + "].grid",
                        "a place's grid is an area of the plan",
                        place.grid().toString());
            }
            if (!grid.isActive()) {
                throw new InvalidInputException(
                        "places[" + j + "].grid",
                        "a place belongs to an active grid, not a retired one",
                        place.grid().toString());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<AreaCode, List<Place>> groupPlaces(List<Place> list) {
        Map<AreaCode, List<Place>> map = new HashMap<>();
        for (Place place : list) {
            map.computeIfAbsent(place.grid(), k -> new ArrayList<>()).add(place);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    private Totals sum(AreaCode code) {
        Area area = areas.get(code);
        Totals own = Totals.ZERO;
        if (area.isActive()) {
            List<Place> here = placesByArea.getOrDefault(code, List.of());
            long placeHouseholds = here.stream().mapToLong(Place::households).sum();
            own = area.level() == AreaLevel.GRID
                    ? new Totals(1, area.households(), area.population(), here.size(), placeHouseholds)
                    : new Totals(0, 0, 0, here.size(), placeHouseholds);
            for (Area child : children.getOrDefault(code, List.of())) {
                Totals sub = sum(child.code());
                own = own.plus(sub);
            }
        }
        totals.put(code, own);
        return own;
    }

    /** The revision number; the first plan of a history is revision 1. */
    public int revision() {
        return revision;
    }

    /** The top of the plan, usually the district. */
    public Area root() {
        return root;
    }

    /** All areas, active and retired, in code order. */
    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    /** Active areas of one level, in code order. */
    public List<Area> areas(AreaLevel level) {
        List<Area> out = new ArrayList<>();
        for (Area a : areas.values()) {
            if (a.level() == level && a.isActive()) {
                out.add(a);
            }
        }
        return out;
    }

    /** Active grids (level {@link AreaLevel#GRID}), in code order. */
    public List<Area> grids() {
        return areas(AreaLevel.GRID);
    }

    /** The area with this code, active or retired, if any. */
    public Optional<Area> findArea(AreaCode code) {
        return Optional.ofNullable(areas.get(code));
    }

    /**
     * The area with this code, active or retired.
     *
     * @throws UnknownIdException if the plan has no such area
     */
    public Area area(AreaCode code) {
        Area area = areas.get(requireNonNull(code, "code"));
        if (area == null) {
            throw new UnknownIdException("area", code.toString());
        }
        return area;
    }

    /** The parent of an area, empty for the root. */
    public Optional<Area> parent(AreaCode code) {
        area(code);
        return Optional.ofNullable(parents.get(code)).map(areas::get);
    }

    /** The active children of an area, in code order. */
    public List<Area> children(AreaCode code) {
        area(code);
        List<Area> out = new ArrayList<>();
        for (Area child : children.getOrDefault(code, List.of())) {
            if (child.isActive()) {
                out.add(child);
            }
        }
        return out;
    }

    /** The ancestors of an area, nearest first, ending with the root; empty for the root. */
    public List<Area> ancestors(AreaCode code) {
        area(code);
        List<Area> out = new ArrayList<>();
        for (AreaCode at = parents.get(code); at != null; at = parents.get(at)) {
            out.add(areas.get(at));
        }
        return out;
    }

    /** All places, in the order given. */
    public List<Place> places() {
        return List.copyOf(places.values());
    }

    /** The places assigned directly to this grid or micro-grid. */
    public List<Place> placesIn(AreaCode grid) {
        area(grid);
        return placesByArea.getOrDefault(grid, List.of());
    }

    /**
     * The place with this id.
     *
     * @throws UnknownIdException if there is none
     */
    public Place place(String id) {
        Place place = places.get(requireNonNull(id, "id"));
        if (place == null) {
            throw new UnknownIdException("place", id);
        }
        return place;
    }

    /**
     * The grid a place belongs to: its grid, or for a place in a micro-grid (of any depth), the
     * grid above it.
     *
     * @throws UnknownIdException if there is no such place
     */
    public Area gridOf(String placeId) {
        Area at = area(place(placeId).grid());
        while (at.level() == AreaLevel.MICRO_GRID) {
            at = areas.get(parents.get(at.code()));
        }
        return at;
    }

    /** What an area adds up to over its active grids; zero for a retired area. */
    public Totals totals(AreaCode code) {
        area(code);
        return totals.get(code);
    }

    @Override
    public String toString() {
        return "GridPlan[root=" + root.code() + ", revision=" + revision + ", areas=" + areas.size() + ", places="
                + places.size() + "]";
    }
}
