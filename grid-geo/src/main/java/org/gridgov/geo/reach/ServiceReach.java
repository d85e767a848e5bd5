package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 15-minute service circle: for every home, the nearest service station by walk and whether
 * the walk is within the limit.
 *
 * <pre>{@code
 * ReachReport report = ServiceReach.of(ReachOptions.defaults()).along(RoadNetwork.of(roads), homes, stations);
 * report.share();        // the share of homes within 15 minutes' walk
 * report.uncovered();    // the homes that are not
 * }</pre>
 *
 * <p>Two ways to walk. {@link #straightLine}: the straight-line distance (WGS84 ellipsoid, locally
 * flat at the two points' mid-latitude, see the package doc) times the detour factor. {@link
 * #along}: along the roads; home and station join the network at the nearest point of the nearest
 * road, the straight connectors count as walked, and one Dijkstra from all stations at once
 * (multi-source) gives every road node its nearest station, so the cost is one pass over the roads
 * plus a lookup per home, not a search per home. Ties between stations go to the one listed first.
 * Immutable, thread-safe.
 */
public final class ServiceReach {
    private final ReachOptions options;

    private ServiceReach(ReachOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** The reach with these options. */
    public static ServiceReach of(ReachOptions options) {
        return new ServiceReach(options);
    }

    /** The options. */
    public ReachOptions options() {
        return options;
    }

    /** Every home's nearest station by straight line times the detour factor. */
    public ReachReport straightLine(List<Site> homes, List<Site> stations) {
        StationIndex index = new StationIndex(List.copyOf(stations));
        List<HomeReach> out = new ArrayList<>(homes.size());
        double[] metres = new double[1];
        for (Site home : homes) {
            int i = index.nearest(home.lon(), home.lat(), metres);
            out.add(answer(home, i < 0 ? null : stations.get(i), metres[0] * options.detour()));
        }
        return new ReachReport(options, out);
    }

    /** Every home's nearest station by walk along the roads. */
    public ReachReport along(RoadNetwork roads, List<Site> homes, List<Site> stations) {
        requireNonNull(roads, "roads");
        List<Site> copy = List.copyOf(stations);
        RoadWalks walks = new RoadWalks(roads, copy, Double.POSITIVE_INFINITY);
        List<HomeReach> out = new ArrayList<>(homes.size());
        double[] metres = new double[1];
        for (Site home : homes) {
            int i = walks.nearest(home, metres);
            out.add(answer(home, i < 0 ? null : copy.get(i), metres[0]));
        }
        return new ReachReport(options, out);
    }

    private HomeReach answer(Site home, Site station, double metres) {
        double minutes = metres / options.metresPerMinute();
        return new HomeReach(
                home,
                Optional.ofNullable(station).map(Site::id),
                metres,
                minutes,
                station != null && metres <= options.budgetMetres());
    }
}
