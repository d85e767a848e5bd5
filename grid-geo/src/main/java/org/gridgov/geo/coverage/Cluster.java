package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A group of unmatched segments whose envelopes (grown by the touch distance) chain
 * together, and the findings computed from it. Clusters are the unique finest partition
 * in which no two clusters' envelopes meet, so building them from single segments (full
 * check) or from untouched old clusters plus new segments (incremental check) gives the
 * same clusters, and hence the same findings. Not thread-safe.
 */
final class Cluster {
    /**
     * An unmatched segment in canonical direction, its sole owning cell if it has one
     * ({@code Integer.MIN_VALUE} if not), and whether that owner runs it from 1 to 2.
     */
    record Seg(double x1, double y1, double x2, double y2, int owner, boolean ownerForward) {}

    final List<Seg> segs;
    final Envelope envelope;
    List<CoverageFinding> findings = List.of();
    boolean computed;

    Cluster(List<Seg> segs, double touch) {
        this.segs = segs;
        Envelope e = new Envelope();
        for (Seg s : segs) {
            e.expandToInclude(s.x1, s.y1);
            e.expandToInclude(s.x2, s.y2);
        }
        e.expandBy(touch);
        this.envelope = e;
    }

    /** Merges groups whose envelopes meet until no two do. */
    static List<Cluster> merge(List<Cluster> groups, double touch) {
        List<Cluster> current = byCommonVertex(groups, touch);
        while (true) {
            int n = current.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            STRtree tree = new STRtree();
            for (int i = 0; i < n; i++) {
                tree.insert(current.get(i).envelope, i);
            }
            boolean merged = false;
            for (int i = 0; i < n; i++) {
                for (Object o : tree.query(current.get(i).envelope)) {
                    int j = (Integer) o;
                    if (j != i && current.get(i).envelope.intersects(current.get(j).envelope)) {
                        merged |= union(parent, i, j);
                    }
                }
            }
            if (!merged) {
                return current;
            }
            List<List<Seg>> byRoot = new ArrayList<>();
            int[] slot = new int[n];
            java.util.Arrays.fill(slot, -1);
            List<Cluster> next = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int r = find(parent, i);
                if (slot[r] < 0) {
                    slot[r] = byRoot.size();
                    byRoot.add(new ArrayList<>());
                }
                byRoot.get(slot[r]).addAll(current.get(i).segs);
            }
            for (List<Seg> segs : byRoot) {
                next.add(new Cluster(segs, touch));
            }
            current = next;
        }
    }

    /**
     * First joins groups that share a vertex (their envelopes meet, so the final partition
     * joins them anyway): a long outline becomes one group before any envelope query.
     */
    private static List<Cluster> byCommonVertex(List<Cluster> groups, double touch) {
        int n = groups.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        java.util.Map<Coordinate2, Integer> owner = new java.util.HashMap<>();
        boolean merged = false;
        for (int i = 0; i < n; i++) {
            for (Seg s : groups.get(i).segs) {
                for (Coordinate2 v : new Coordinate2[] {new Coordinate2(s.x1, s.y1), new Coordinate2(s.x2, s.y2)}) {
                    Integer j = owner.putIfAbsent(v, i);
                    if (j != null) {
                        merged |= union(parent, i, j);
                    }
                }
            }
        }
        if (!merged) {
            return groups;
        }
        java.util.Map<Integer, List<Seg>> byRoot = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Integer> members = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            byRoot.computeIfAbsent(r, k -> new ArrayList<>()).addAll(groups.get(i).segs);
            members.merge(r, 1, Integer::sum);
        }
        List<Cluster> out = new ArrayList<>();
        for (java.util.Map.Entry<Integer, List<Seg>> e : byRoot.entrySet()) {
            // a group that joined nobody keeps its identity (and its computed findings)
            out.add(members.get(e.getKey()) == 1 ? groups.get(e.getKey()) : new Cluster(e.getValue(), touch));
        }
        return out;
    }

    private record Coordinate2(double x, double y) {}

    /** Joins the sets of {@code i} and {@code j} under the smaller root; true when they were apart. */
    private static boolean union(int[] parent, int i, int j) {
        int a = find(parent, i);
        int b = find(parent, j);
        if (a == b) {
            return false;
        }
        parent[Math.max(a, b)] = Math.min(a, b);
        return true;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
