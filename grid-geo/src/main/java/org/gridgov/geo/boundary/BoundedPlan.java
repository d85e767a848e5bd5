package org.gridgov.geo.boundary;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.PlanEdit;
import org.gridgov.core.plan.RecodeGrid;
import org.gridgov.core.plan.ReviseArea;
import org.gridgov.core.plan.ReviseBoundaries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A plan revision with the boundaries of its areas: each boundary a JTS Polygon or
 * MultiPolygon, in lon/lat degrees or in projected metres (one system per plan; this class does
 * not look at units).
 *
 * <p>Edits carry geometry: {@link #apply} takes a {@link PlanEdit} and the boundaries it draws,
 * and returns the next revision. Once a plan has boundaries, every area an edit creates must
 * have one: given with the edit, or derived where the edit says what it is (the union of the
 * merged grids for {@link MergeGrids}, the old boundary for {@link RecodeGrid}). Retired areas
 * keep their last boundary. {@link #redraw} changes a boundary alone; a {@link ReviseBoundaries}
 * edit redraws exactly the areas it names. {@link BoundedHistory} keeps the revisions with the
 * record of who changed what and why.
 *
 * <p>Immutable and thread-safe as long as nobody mutates the JTS geometries handed in or out
 * (JTS geometries are mutable; this class copies what it is given and never changes them).
 * Whether the boundaries cover their parents without gaps or overlaps is for the coverage
 * check, not for this class.
 */
public final class BoundedPlan {
    private final GridPlan plan;
    private final Map<AreaCode, Geometry> boundaries;

    private BoundedPlan(GridPlan plan, Map<AreaCode, Geometry> boundaries) {
        this.plan = plan;
        this.boundaries = boundaries;
    }

    /**
     * A plan with boundaries for some or all of its areas.
     *
     * @throws InvalidInputException naming {@code boundaries.<code>} for a code not in the plan or
     *     a geometry that is not a Polygon or MultiPolygon
     */
    public static BoundedPlan of(GridPlan plan, Map<AreaCode, ? extends Geometry> boundaries) {
        requireNonNull(plan, "plan");
        requireNonNull(boundaries, "boundaries");
        return new BoundedPlan(plan, checked(plan, boundaries, new TreeMap<>()));
    }

    private static Map<AreaCode, Geometry> checked(
            GridPlan plan, Map<AreaCode, ? extends Geometry> drawn, TreeMap<AreaCode, Geometry> into) {
        for (Map.Entry<AreaCode, ? extends Geometry> e : drawn.entrySet()) {
            String path = "boundaries." + e.getKey();
            if (plan.findArea(e.getKey()).isEmpty()) {
                throw new InvalidInputException(
                        path,
                        "a boundary belongs to an area of the plan",
                        e.getKey().toString());
            }
            Geometry g = requireNonNull(e.getValue(), path);
            if (!(g instanceof Polygonal) || g.isEmpty()) {
                throw new InvalidInputException(
                        path, "a boundary is a non-empty Polygon or MultiPolygon", g.getGeometryType());
            }
            into.put(e.getKey(), g.copy());
        }
        return Collections.unmodifiableMap(into);
    }

    /** The plan. */
    public GridPlan plan() {
        return plan;
    }

    /** The boundary of an area, if drawn. */
    public Optional<Geometry> boundary(AreaCode code) {
        return Optional.ofNullable(boundaries.get(code));
    }

    /** Every boundary, by area code in code order, retired areas included. */
    public Map<AreaCode, Geometry> boundaries() {
        return boundaries;
    }

    /** The boundaries of an area's active children, in code order; children without one are left out. */
    public Map<AreaCode, Geometry> childBoundaries(AreaCode parent) {
        Map<AreaCode, Geometry> out = new TreeMap<>();
        for (Area child : plan.children(parent)) {
            Geometry g = boundaries.get(child.code());
            if (g != null) {
                out.put(child.code(), g);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The next revision: {@code edit} applied to the plan, with the boundaries it draws.
     *
     * @param drawn boundaries of new or redrawn areas, by code
     * @throws InvalidInputException if the edit is rejected, a drawn boundary is not valid input,
     *     or a new area of a plan with boundaries has none; this plan is unchanged
     */
    public BoundedPlan apply(PlanEdit edit, Map<AreaCode, ? extends Geometry> drawn) {
        requireNonNull(edit, "edit");
        return revised(edit, edit.applyTo(plan), drawn);
    }

    /** The next revision {@code next}, made by {@code edit} from this plan, with the boundaries it draws. */
    BoundedPlan revised(PlanEdit edit, GridPlan next, Map<AreaCode, ? extends Geometry> drawn) {
        requireNonNull(drawn, "drawn");
        if (edit instanceof ReviseBoundaries revise) {
            requireDrawnAsNamed(revise, drawn);
        }
        TreeMap<AreaCode, Geometry> merged = new TreeMap<>(boundaries);
        checked(next, drawn, merged);
        if (!boundaries.isEmpty()) {
            List<AreaCode> targets = new ArrayList<>();
            newlyActive(next).forEach(a -> targets.add(a.code()));
            if (edit instanceof MergeGrids) {
                targets.add(((MergeGrids) edit).merged().code());
            }
            for (AreaCode code : targets) {
                if (!drawn.containsKey(code)) {
                    derive(edit, code).ifPresentOrElse(g -> merged.put(code, g), () -> {
                        throw new InvalidInputException(
                                "boundaries." + code, "a new area of a plan with boundaries is drawn", "none");
                    });
                }
            }
        }
        return new BoundedPlan(next, Collections.unmodifiableMap(merged));
    }

    /** A {@link ReviseBoundaries} edit draws exactly the areas it names: the record says what changed. */
    private static void requireDrawnAsNamed(ReviseBoundaries edit, Map<AreaCode, ? extends Geometry> drawn) {
        List<AreaCode> named = edit.codes();
        for (AreaCode code : named) {
            if (!drawn.containsKey(code)) {
                throw new InvalidInputException(
                        "boundaries." + code, "an area the edit names as redrawn is drawn", "none");
            }
        }
        for (AreaCode code : drawn.keySet()) {
            if (!named.contains(code)) {
                throw new InvalidInputException(
                        "boundaries." + code, "only the areas the edit names as redrawn are drawn", code.toString());
            }
        }
    }

    /**
     * The next revision with one area's boundary redrawn (the plan itself gets a new revision with
     * the area unchanged, so the change is on record).
     */
    public BoundedPlan redraw(AreaCode code, Geometry boundary) {
        return apply(new ReviseArea(plan.area(code)), Map.of(code, boundary));
    }

    private List<Area> newlyActive(GridPlan next) {
        List<Area> out = new ArrayList<>();
        for (Area a : next.areas()) {
            if (a.isActive()
                    && plan.findArea(a.code()).map(old -> !old.isActive()).orElse(true)) {
                out.add(a);
            }
        }
        return out;
    }

    private Optional<Geometry> derive(PlanEdit edit, AreaCode code) {
        if (edit instanceof RecodeGrid && ((RecodeGrid) edit).to().equals(code)) {
            return boundary(((RecodeGrid) edit).from());
        }
        if (edit instanceof MergeGrids && ((MergeGrids) edit).merged().code().equals(code)) {
            List<Geometry> parts = new ArrayList<>();
            for (AreaCode grid : ((MergeGrids) edit).grids()) {
                Optional<Geometry> g = boundary(grid);
                if (g.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(g.get());
            }
            return Optional.of(UnaryUnionOp.union(parts));
        }
        return Optional.empty();
    }
}
