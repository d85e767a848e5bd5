package org.gridgov.examples.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Splits a connected set of cells into contiguous regions of about the wanted sizes, by growing
 * every region from a seed one neighbouring cell at a time, round robin. Regions are nested by
 * running it again inside each region (streets, then communities). Deterministic.
 */
final class Regions {
    private Regions() {}

    /**
     * Assigns each of {@code cells} (indices into the map) to one of {@code quotas.length}
     * regions; returns region number per map index ({@code -1} for cells not in {@code cells}).
     * Every region gets at least its seed cell; cells left over when regions are stuck join a
     * neighbouring region.
     */
    static int[] grow(VoronoiMap map, List<Integer> cells, int[] quotas) {
        int[] region = new int[map.cells.size()];
        Arrays.fill(region, -2);
        cells.forEach(c -> region[c] = -1);
        int[] seeds = seeds(map, cells, quotas.length);
        int[] size = new int[quotas.length];
        for (int r = 0; r < seeds.length; r++) {
            region[seeds[r]] = r;
            size[r] = 1;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int r = 0; r < quotas.length; r++) {
                if (size[r] >= quotas[r]) {
                    continue;
                }
                int best = nearestFreeNeighbour(map, region, r, map.sites.get(seeds[r]));
                if (best >= 0) {
                    region[best] = r;
                    size[r]++;
                    grew = true;
                }
            }
        }
        boolean left = true;
        while (left) {
            left = false;
            for (int c : cells) {
                if (region[c] == -1) {
                    left = true;
                    for (int n : map.neighbours.get(c)) {
                        if (region[n] >= 0) {
                            region[c] = region[n];
                            break;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < region.length; i++) {
            region[i] = Math.max(region[i], -1);
        }
        return region;
    }

    private static int nearestFreeNeighbour(VoronoiMap map, int[] region, int r, Coordinate seed) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < region.length; c++) {
            if (region[c] != r) {
                continue;
            }
            for (int n : map.neighbours.get(c)) {
                double d = map.sites.get(n).distance(seed);
                if (region[n] == -1 && d < bestDistance) {
                    best = n;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** Seeds spread out: the first is the lowest-left cell, each next one the farthest from those chosen. */
    private static int[] seeds(VoronoiMap map, List<Integer> cells, int k) {
        List<Integer> chosen = new ArrayList<>();
        int first = cells.get(0);
        for (int c : cells) {
            Coordinate s = map.sites.get(c);
            Coordinate f = map.sites.get(first);
            if (s.x + s.y < f.x + f.y) {
                first = c;
            }
        }
        chosen.add(first);
        while (chosen.size() < k) {
            int far = -1;
            double farDistance = -1;
            for (int c : cells) {
                double d = Double.MAX_VALUE;
                for (int s : chosen) {
                    d = Math.min(d, map.sites.get(c).distance(map.sites.get(s)));
                }
                if (d > farDistance) {
                    far = c;
                    farDistance = d;
                }
            }
            chosen.add(far);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
