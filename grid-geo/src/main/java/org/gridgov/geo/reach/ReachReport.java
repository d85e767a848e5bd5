package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What {@link ServiceReach} found: one {@link HomeReach} per home in input order, the share within,
 * the uncovered homes and the share per area. Immutable, thread-safe.
 */
public final class ReachReport {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final ReachOptions options;
    private final List<HomeReach> homes;

    ReachReport(ReachOptions options, List<HomeReach> homes) {
        this.options = requireNonNull(options, "options");
        this.homes = List.copyOf(homes);
    }

    /** The options the walk was measured with. */
    public ReachOptions options() {
        return options;
    }

    /** Every home's answer, in input order. */
    public List<HomeReach> homes() {
        return homes;
    }

    /** The homes within the walk. */
    public int within() {
        return (int) homes.stream().filter(HomeReach::within).count();
    }

    /** The share of homes within the walk, 0..1 (0 when there are no homes). */
    public double share() {
        return homes.isEmpty() ? 0 : (double) within() / homes.size();
    }

    /** The homes not within the walk, in input order. */
    public List<Site> uncovered() {
        return homes.stream().filter(h -> !h.within()).map(HomeReach::home).toList();
    }

    /** The uncovered homes as a layer of points (id, nearest station, metres) to write with GeoJsonWriter. */
    public List<GeoJsonFeature> uncoveredLayer() {
        List<GeoJsonFeature> out = new ArrayList<>();
        for (HomeReach h : homes) {
            if (!h.within()) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("station", h.station().orElse(null));
                properties.put("metres", Double.isFinite(h.metres()) ? Math.round(h.metres() * 10) / 10.0 : null);
                out.add(GeoJsonFeature.of(
                        h.home().id(),
                        FACTORY.createPoint(
                                new Coordinate(h.home().lon(), h.home().lat())),
                        properties));
            }
        }
        return out;
    }

    /**
     * The share within per area, areas in order of first appearance; {@code areaOf} names a home's
     * area (a grid locator's answer) or empty when it lies in none (those count under "").
     */
    public List<AreaReach> byArea(Function<Site, Optional<String>> areaOf) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (HomeReach h : homes) {
            int[] c = counts.computeIfAbsent(areaOf.apply(h.home()).orElse(""), k -> new int[2]);
            c[0]++;
            if (h.within()) {
                c[1]++;
            }
        }
        List<AreaReach> out = new ArrayList<>();
        counts.forEach((area, c) -> out.add(new AreaReach(area, c[0], c[1])));
        return out;
    }
}
