package org.gridgov.geo.locate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.geo.boundary.BoundedPlan;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.crs.Units;
import org.locationtech.jts.geom.Geometry;

/**
 * Locates points in a plan revision's grids and answers with areas: the grid, and its chain of
 * community, street and district. Implements grid-core's {@link GridResolver}, so a matter
 * engine in grid-workflow places coordinate reports in grids through it without knowing any
 * geometry.
 *
 * <pre>{@code
 * PlanLocator locator = PlanLocator.of(boundedPlan);                  // boundaries in WGS84 lon/lat
 * Optional<Area> grid = locator.grid(119.4537, 32.1927, CoordinateSystem.GCJ02);
 * MatterEngine engine = MatterEngine.builder(clock).resolver(locator).build();
 * }</pre>
 *
 * <p>Built over the plan's active grids that have a boundary, in lon/lat degrees; the boundary
 * rule is {@link GridLocator}'s. Immutable and thread-safe: when the plan changes, build a new
 * one and swap the reference.
 */
public final class PlanLocator implements GridResolver {
    private final GridPlan plan;
    private final GridLocator locator;
    private final Map<CoordinateSystem, CoordinateConverter> toWgs84 = new EnumMap<>(CoordinateSystem.class);

    private PlanLocator(GridPlan plan, GridLocator locator) {
        this.plan = plan;
        this.locator = locator;
        for (CoordinateSystem system : CoordinateSystem.values()) {
            toWgs84.put(system, CoordinateConverter.of(system, CoordinateSystem.WGS84));
        }
    }

    /** A locator over the active grids of {@code plan} that have a boundary (lon/lat degrees). */
    public static PlanLocator of(BoundedPlan plan) {
        requireNonNull(plan, "plan");
        Map<String, Geometry> grids = new LinkedHashMap<>();
        for (Area grid : plan.plan().grids()) {
            plan.boundary(grid.code()).ifPresent(g -> grids.put(grid.code().toString(), g));
        }
        return new PlanLocator(
                plan.plan(),
                GridLocator.builder().grids(grids).units(Units.LON_LAT).build());
    }

    /** The grid a point in {@code system} lies in, if any. */
    public Optional<Area> grid(double lon, double lat, CoordinateSystem system) {
        LonLat wgs84 = toWgs84.get(requireNonNull(system, "system")).convert(lon, lat);
        return locator.locate(wgs84.lon(), wgs84.lat()).map(id -> plan.area(AreaCode.parse(id)));
    }

    /** The grid a point lies in followed by its ancestors up to the plan's root; empty when in no grid. */
    public List<Area> chain(double lon, double lat, CoordinateSystem system) {
        List<Area> out = new ArrayList<>();
        grid(lon, lat, system).ifPresent(g -> {
            out.add(g);
            out.addAll(plan.ancestors(g.code()));
        });
        return out;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code crs} may be {@code EPSG:4326} or {@code EPSG:4490} (WGS84 / CGCS2000), or any name
     * {@link CoordinateSystem#parse} reads ({@code GCJ-02}, {@code BD-09}, ...).
     */
    @Override
    public Optional<AreaCode> resolve(double lon, double lat, String crs) {
        return grid(lon, lat, system(crs)).map(Area::code);
    }

    private static CoordinateSystem system(String crs) {
        String name = requireNonNull(crs, "crs").trim().toUpperCase(Locale.ROOT);
        return name.equals("EPSG:4326") || name.equals("EPSG:4490")
                ? CoordinateSystem.WGS84
                : CoordinateSystem.parse(crs);
    }
}
