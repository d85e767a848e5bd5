package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.ReviseArea;
import org.gridgov.geo.boundary.BoundedPlan;
import org.locationtech.jts.geom.Geometry;

/**
 * The coverage check of a whole plan revision in one call: every active area with children
 * against its active children (district > streets > communities > grids > micro-grids), and
 * every place with a location against the grid the plan assigns it to.
 *
 * <pre>{@code
 * CoverageReport report = PlanCoverage.check(boundedPlan, CoverageOptions.defaults().withUnits(Units.LON_LAT));
 * }</pre>
 *
 * <p>Areas without a boundary are left out, as are places without a location. {@link #repair}
 * applies the suggested repairs of one parent's children as a new plan revision. Stateless and
 * thread-safe.
 */
public final class PlanCoverage {
    private PlanCoverage() {}

    /** Checks {@code plan} with {@code options}. */
    public static CoverageReport check(BoundedPlan plan, CoverageOptions options) {
        requireNonNull(plan, "plan");
        requireNonNull(options, "options");
        List<Boundary> areas = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Area area : plan.plan().areas()) {
            if (!area.isActive() || plan.boundary(area.code()).isEmpty()) {
                continue;
            }
            areas.add(Boundary.of(
                    area.code().toString(), plan.boundary(area.code()).get()));
            List<String> kids = new ArrayList<>();
            for (Area child : plan.plan().children(area.code())) {
                if (plan.boundary(child.code()).isPresent()) {
                    kids.add(child.code().toString());
                }
            }
            if (!kids.isEmpty()) {
                children.put(area.code().toString(), kids);
            }
        }
        List<PlacePoint> places = new ArrayList<>();
        for (org.gridgov.core.place.Place p : plan.plan().places()) {
            p.location()
                    .ifPresent(at -> places.add(PlacePoint.of(p.id(), p.grid().toString(), at.x(), at.y())));
        }
        return CoverageCheck.of(options).check(areas, children, places);
    }

    /**
     * The next revision with the children of {@code parent} repaired as {@link CoverageRepair}
     * suggests: each gap given to the neighbour with the longest border on it, each overlap kept by
     * one side, parts outside the parent cut. The revision is recorded as a revision of the parent
     * (its children redrawn); this plan is unchanged. Invalid geometries, duplicate ids and edge
     * mismatches need a person and are left as they are. For the end-to-end repair recorded with who,
     * why and which grids changed, use {@link PlanRepair}.
     *
     * @throws org.gridgov.core.UnknownIdException if the plan has no such area
     */
    public static BoundedPlan repair(BoundedPlan plan, AreaCode parent, CoverageOptions options) {
        Area area = plan.plan().area(parent);
        List<Boundary> grids = new ArrayList<>();
        plan.childBoundaries(parent).forEach((code, g) -> grids.add(Boundary.of(code.toString(), g)));
        Optional<Boundary> outline = plan.boundary(parent).map(g -> Boundary.of(parent.toString(), g));
        CoverageReport report = outline.isPresent()
                ? CoverageCheck.of(options).check(outline.get(), grids)
                : CoverageCheck.of(options).check(grids);
        List<Repair> repairs = CoverageRepair.suggest(report, grids, options);
        Map<AreaCode, Geometry> redrawn = new LinkedHashMap<>();
        for (Boundary b : CoverageRepair.apply(grids, repairs)) {
            redrawn.put(AreaCode.parse(b.id()), b.geometry());
        }
        return plan.apply(new ReviseArea(area), redrawn);
    }
}
