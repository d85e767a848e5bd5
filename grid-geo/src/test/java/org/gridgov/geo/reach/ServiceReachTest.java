package org.gridgov.geo.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gridgov.geo.internal.Geodesy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

class ServiceReachTest {
    private static final GeometryFactory F = new GeometryFactory();
    /** Jingkou, Zhenjiang: about where the sample district lies. */
    private static final double LON = 119.45;

    private static final double LAT = 32.20;
    /** About a metre in degrees of latitude. */
    private static final double M = 1 / 110_900.0;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void straightLineMatchesEveryStationTried(long seed) {
        Random random = new Random(seed);
        List<Site> homes = sites("h", 400, random, 0.06);
        List<Site> stations = sites("s", 1 + random.nextInt(30), random, 0.06);
        ReachOptions options = ReachOptions.defaults();

        ReachReport report = ServiceReach.of(options).straightLine(homes, stations);

        for (HomeReach h : report.homes()) {
            double best = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            String station = null;
            for (Site s : stations) {
                double d = Geodesy.distance(h.home().lon(), h.home().lat(), s.lon(), s.lat()) * options.detour();
                if (d < best) {
                    second = best;
                    best = d;
                    station = s.id();
                } else if (d < second) {
                    second = d;
                }
            }
            assertThat(h.metres()).isCloseTo(best, within(1e-6));
            assertThat(h.minutes()).isCloseTo(best / 75, within(1e-6));
            assertThat(h.within()).isEqualTo(best <= 1125);
            if (second - best > 1e-6) {
                assertThat(h.station()).contains(station);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void roadWalksMatchAPlainDijkstraPerHome(long seed) {
        Random random = new Random(seed);
        List<LineString> roads = lattice(random, 7, 250);
        List<Site> homes = sites("h", 60, random, 0.015);
        List<Site> stations = sites("s", 1 + random.nextInt(5), random, 0.015);

        ReachReport report = ServiceReach.of(ReachOptions.defaults()).along(RoadNetwork.of(roads), homes, stations);
        double[] oracle = RoadOracle.walks(roads, homes, stations);

        for (int i = 0; i < homes.size(); i++) {
            HomeReach h = report.homes().get(i);
            if (Double.isInfinite(oracle[i])) {
                assertThat(h.metres()).as(h.home().id()).isInfinite();
                assertThat(h.station()).isEmpty();
            } else {
                assertThat(h.metres()).as(h.home().id()).isCloseTo(oracle[i], within(1e-6));
                assertThat(h.within()).isEqualTo(oracle[i] <= 1125);
            }
        }
    }

    @Test
    void aRiverWithoutABridgeKeepsTheStationAcrossItOutOfReach() {
        // Two roads along the banks of a river 100 m wide, joined only by a bridge 2 km downstream.
        // (roads meet where they share a vertex, so the bank roads have one where the bridge lands)
        LineString north = path(0, 100, 2500, 100, 3000, 100);
        LineString south = path(0, 0, 2500, 0, 3000, 0);
        LineString bridge = line(2500, 0, 2500, 100);
        Site home = site("home", 200, 130); // 30 m north of the north bank
        Site station = site("station", 200, -20); // 20 m south of the south bank, 150 m from the home

        ReachReport straight = ServiceReach.of(ReachOptions.defaults()).straightLine(List.of(home), List.of(station));
        ReachReport walked = ServiceReach.of(ReachOptions.defaults())
                .along(RoadNetwork.of(List.of(north, south, bridge)), List.of(home), List.of(station));

        assertThat(straight.homes().get(0).within()).isTrue();
        HomeReach h = walked.homes().get(0);
        // 30 + 2300 along the north bank + 100 over the bridge + 2300 back + 20: about 4,750 m
        assertThat(h.metres()).isCloseTo(4750, within(5.0));
        assertThat(h.minutes()).isGreaterThan(60);
        assertThat(h.within()).isFalse();
        assertThat(walked.uncovered()).containsExactly(home);
    }

    @Test
    void aHomeOnRoadsNoStationReachesHasNoStation() {
        LineString island = line(0, 0, 100, 0);
        LineString mainland = line(0, 500, 100, 500);
        ReachReport report = ServiceReach.of(ReachOptions.defaults())
                .along(
                        RoadNetwork.of(List.of(island, mainland)),
                        List.of(site("h", 50, 10)),
                        List.of(site("s", 50, 490)));
        assertThat(report.homes().get(0).station()).isEmpty();
        assertThat(report.homes().get(0).metres()).isInfinite();
        assertThat(report.share()).isZero();
    }

    @Test
    void sharesPerAreaCountTheHomesWithin() {
        List<Site> homes = List.of(site("a1", 0, 0), site("a2", 0, 2000), site("b1", 5000, 0));
        ReachReport report = ServiceReach.of(ReachOptions.defaults()).straightLine(homes, List.of(site("s", 100, 0)));
        List<AreaReach> areas = report.byArea(h -> h.id().startsWith("a") ? Optional.of("A") : Optional.empty());
        assertThat(areas).containsExactly(new AreaReach("A", 2, 1), new AreaReach("", 1, 0));
        assertThat(areas.get(0).share()).isEqualTo(0.5);
        assertThat(report.uncoveredLayer()).extracting(f -> f.id()).containsExactly("a2", "b1");
    }

    @Test
    void greedySuggestionTakesTheBiggerClusterFirst() {
        List<Site> uncovered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            uncovered.add(site("east" + i, 10_000 + 20 * i, 0));
        }
        for (int i = 0; i < 3; i++) {
            uncovered.add(site("west" + i, 20 * i, 0));
        }
        uncovered.add(site("far", 0, 30_000));

        List<SuggestedSite> one = StationSuggestion.of(ReachOptions.defaults()).straightLine(uncovered, 1);
        List<SuggestedSite> five = StationSuggestion.of(ReachOptions.defaults()).straightLine(uncovered, 5);

        assertThat(one).hasSize(1);
        assertThat(one.get(0).at()).isEqualTo("east0");
        assertThat(one.get(0).covers()).containsExactly("east0", "east1", "east2", "east3", "east4");
        assertThat(five).extracting(SuggestedSite::at).containsExactly("east0", "west0", "far");
    }

    @Test
    void suggestionAlongRoadsRespectsTheRiver() {
        LineString north = line(0, 100, 3000, 100);
        LineString south = line(0, 0, 3000, 0);
        List<Site> uncovered = List.of(site("n1", 200, 130), site("n2", 260, 130), site("s1", 200, -20));
        List<SuggestedSite> sites = StationSuggestion.of(ReachOptions.defaults())
                .along(RoadNetwork.of(List.of(north, south)), uncovered, 3);
        assertThat(sites).extracting(SuggestedSite::covers).containsExactly(List.of("n1", "n2"), List.of("s1"));
    }

    private static List<Site> sites(String prefix, int n, Random random, double spread) {
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Site.of(
                    prefix + i,
                    LON + (random.nextDouble() - 0.5) * spread,
                    LAT + (random.nextDouble() - 0.5) * spread));
        }
        return out;
    }

    /** A jittered lattice of streets, some blocks left out, {@code step} metres apart, around the centre. */
    private static List<LineString> lattice(Random random, int n, double step) {
        List<LineString> roads = new ArrayList<>();
        double[][] x = new double[n][n];
        double[][] y = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = (i - n / 2.0) * step + (random.nextDouble() - 0.5) * step * 0.4;
                y[i][j] = (j - n / 2.0) * step + (random.nextDouble() - 0.5) * step * 0.4;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i + 1 < n && random.nextDouble() < 0.8) {
                    roads.add(line(x[i][j], y[i][j], x[i + 1][j], y[i + 1][j]));
                }
                if (j + 1 < n && random.nextDouble() < 0.8) {
                    roads.add(line(x[i][j], y[i][j], x[i][j + 1], y[i][j + 1]));
                }
            }
        }
        return roads;
    }

    /** A point {@code east} and {@code north} metres from the centre. */
    private static Site site(String id, double east, double north) {
        return Site.of(id, lon(east), LAT + north * M);
    }

    private static LineString line(double e1, double n1, double e2, double n2) {
        return F.createLineString(
                new Coordinate[] {new Coordinate(lon(e1), LAT + n1 * M), new Coordinate(lon(e2), LAT + n2 * M)});
    }

    private static LineString path(double... eastNorth) {
        Coordinate[] cs = new Coordinate[eastNorth.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lon(eastNorth[2 * i]), LAT + eastNorth[2 * i + 1] * M);
        }
        return F.createLineString(cs);
    }

    private static double lon(double east) {
        return LON + east / LocalPlane.metresPerDegreeLon(LAT);
    }
}
