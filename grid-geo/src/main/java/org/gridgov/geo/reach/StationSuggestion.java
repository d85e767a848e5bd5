package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Where to put K new service stations: greedy maximum coverage over candidate sites.
 *
 * <p>The candidates are the uncovered homes' own positions (a station at a home's door). For each
 * candidate the set of uncovered homes within the walk from it is computed the same way as the
 * reach (straight line times detour, or along the roads from the candidate's nearest road point
 * with a Dijkstra bounded by the walk). Then K rounds: pick the candidate that covers the most
 * homes not yet covered (ties to the candidate listed first), mark them covered. Greedy maximum
 * coverage is within a factor 1 - 1/e (about 63%) of the best K sites; it stops early when no
 * candidate adds a home. Cost: one bounded search per uncovered home, so it suits the thousands of
 * uncovered homes of a district, not millions. Immutable, thread-safe.
 */
public final class StationSuggestion {
    private final ReachOptions options;

    private StationSuggestion(ReachOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** The suggestion with these walking options. */
    public static StationSuggestion of(ReachOptions options) {
        return new StationSuggestion(options);
    }

    /** Up to {@code k} sites for the uncovered homes, walking in a straight line times the detour. */
    public List<SuggestedSite> straightLine(List<Site> uncovered, int k) {
        double limit = options.budgetMetres() / options.detour();
        return greedy(uncovered, k, (c, tree) -> {
            BitSet covers = new BitSet();
            Site at = uncovered.get(c);
            for (Object o : tree.query(LocalPlane.window(at.lon(), at.lat(), limit))) {
                int h = (Integer) o;
                Site home = uncovered.get(h);
                if (Geodesy.distance(at.lon(), at.lat(), home.lon(), home.lat()) <= limit) {
                    covers.set(h);
                }
            }
            return covers;
        });
    }

    /** Up to {@code k} sites for the uncovered homes, walking along the roads. */
    public List<SuggestedSite> along(RoadNetwork roads, List<Site> uncovered, int k) {
        requireNonNull(roads, "roads");
        double limit = options.budgetMetres();
        Snap[] snaps = new Snap[uncovered.size()];
        for (int i = 0; i < snaps.length; i++) {
            snaps[i] = roads.snap(uncovered.get(i).lon(), uncovered.get(i).lat());
        }
        return greedy(uncovered, k, (c, tree) -> {
            BitSet covers = new BitSet();
            Site at = uncovered.get(c);
            RoadWalks walks = new RoadWalks(roads, List.of(at), limit);
            double[] metres = new double[1];
            // a walk is never shorter than the straight line, so the window holds every home in reach
            for (Object o : tree.query(LocalPlane.window(at.lon(), at.lat(), limit))) {
                int h = (Integer) o;
                if (walks.nearest(snaps[h], metres) >= 0 && metres[0] <= limit) {
                    covers.set(h);
                }
            }
            return covers;
        });
    }

    private interface Coverage {
        BitSet of(int candidate, STRtree homes);
    }

    private static List<SuggestedSite> greedy(List<Site> uncovered, int k, Coverage coverage) {
        if (k < 0) {
            throw new InvalidInputException("k", "the number of sites to suggest is 0 or more", k);
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < uncovered.size(); i++) {
            Site s = uncovered.get(i);
            tree.insert(new Envelope(s.lon(), s.lon(), s.lat(), s.lat()), i);
        }
        List<BitSet> sets = new ArrayList<>(uncovered.size());
        for (int c = 0; c < uncovered.size(); c++) {
            sets.add(coverage.of(c, tree));
        }
        BitSet covered = new BitSet();
        List<SuggestedSite> out = new ArrayList<>();
        while (out.size() < k) {
            int best = -1;
            int bestGain = 0;
            for (int c = 0; c < sets.size(); c++) {
                BitSet gain = (BitSet) sets.get(c).clone();
                gain.andNot(covered);
                if (gain.cardinality() > bestGain) {
                    bestGain = gain.cardinality();
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            BitSet gain = (BitSet) sets.get(best).clone();
            gain.andNot(covered);
            covered.or(gain);
            List<String> ids = new ArrayList<>();
            gain.stream().forEach(h -> ids.add(uncovered.get(h).id()));
            Site at = uncovered.get(best);
            out.add(new SuggestedSite(at.id(), at.lon(), at.lat(), ids));
        }
        return out;
    }
}
