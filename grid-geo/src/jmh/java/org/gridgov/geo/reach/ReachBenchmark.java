package org.gridgov.geo.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 15-minute circle along roads: a jittered street lattice of about 50,000 segments (100 m
 * blocks, 16 km across) near Zhenjiang, homes and stations at random. {@code multiSource}: the
 * whole reach (snap every home and station, one multi-source Dijkstra, a lookup per home) for all
 * homes. {@code dijkstraPerHome}: the baseline, one Dijkstra from each home over the whole network
 * then the nearest station, for {@code baselineHomes} homes only (all of them would take minutes);
 * compare per home.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReachBenchmark {
    private static final GeometryFactory F = new GeometryFactory();

    @Param({"100000"})
    public int homes;

    @Param({"1000"})
    public int stations;

    @Param({"158"})
    public int lattice;

    @Param({"100"})
    public int baselineHomes;

    RoadNetwork roads;
    List<Site> homeSites;
    List<Site> stationSites;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double dx = 100 / LocalPlane.metresPerDegreeLon(32.2);
        double dy = 100 / LocalPlane.metresPerDegreeLat(32.2);
        double[][] x = new double[lattice][lattice];
        double[][] y = new double[lattice][lattice];
        for (int i = 0; i < lattice; i++) {
            for (int j = 0; j < lattice; j++) {
                x[i][j] = 119.3 + (i + (random.nextDouble() - 0.5) * 0.3) * dx;
                y[i][j] = 32.1 + (j + (random.nextDouble() - 0.5) * 0.3) * dy;
            }
        }
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < lattice; i++) {
            for (int j = 0; j < lattice; j++) {
                if (i + 1 < lattice) {
                    lines.add(line(x[i][j], y[i][j], x[i + 1][j], y[i + 1][j]));
                }
                if (j + 1 < lattice) {
                    lines.add(line(x[i][j], y[i][j], x[i][j + 1], y[i][j + 1]));
                }
            }
        }
        roads = RoadNetwork.of(lines);
        homeSites = sites("h", homes, random, lattice * dx, lattice * dy);
        stationSites = sites("s", stations, random, lattice * dx, lattice * dy);
    }

    @Benchmark
    public int multiSource() {
        return ServiceReach.of(ReachOptions.defaults())
                .along(roads, homeSites, stationSites)
                .within();
    }

    @Benchmark
    public double dijkstraPerHome() {
        List<Snap> stationSnaps = new ArrayList<>();
        for (Site s : stationSites) {
            stationSnaps.add(roads.snap(s.lon(), s.lat()));
        }
        double total = 0;
        double[] metres = new double[1];
        for (int h = 0; h < baselineHomes; h++) {
            RoadWalks fromHome = new RoadWalks(roads, List.of(homeSites.get(h)), Double.POSITIVE_INFINITY);
            double best = Double.POSITIVE_INFINITY;
            for (Snap s : stationSnaps) {
                fromHome.nearest(s, metres);
                best = Math.min(best, metres[0]);
            }
            total += best;
        }
        return total;
    }

    private static List<Site> sites(String prefix, int n, SplittableRandom random, double w, double h) {
        List<Site> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Site.of(prefix + i, 119.3 + random.nextDouble() * w, 32.1 + random.nextDouble() * h));
        }
        return out;
    }

    private static LineString line(double x1, double y1, double x2, double y2) {
        return F.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    }
}
