package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.area.Area;
import org.gridgov.geo.boundary.BoundedPlan;

/**
 * The coverage check of a whole plan revision in one call: every active area with children
 * against its active children (district > streets > communities > grids > micro-grids), and
 * every place with a location against the grid the plan assigns it to.
 *
 * <pre>{@code
 * CoverageReport report = PlanCoverage.check(boundedPlan, CoverageOptions.defaults().withUnits(Units.LON_LAT));
 * }</pre>
 *
 * <p>Areas without a boundary are left out, as are places without a location. Stateless and
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
      areas.add(Boundary.of(area.code().toString(), plan.boundary(area.code()).get()));
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
    List<Place> places = new ArrayList<>();
    for (org.gridgov.core.place.Place p : plan.plan().places()) {
      p.location().ifPresent(at -> places.add(Place.of(p.id(), p.grid().toString(), at.x(), at.y())));
    }
    return CoverageCheck.of(options).reportHierarchy(areas, children, places);
  }
}
