package org.gridgov.geo.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One repair run (see {@link CoverageRepair#repair}): make invalid grids valid, then rounds of
 * check, clean each cluster of defects, check again, until the check is clean, nothing more can
 * be repaired, or {@value #MAX_ROUNDS} rounds have run. From the third round a cluster takes in
 * the grids touching it, from the fourth its linework is snap-rounded. Not thread-safe; used once.
 */
final class CoverageCleaner {
    static final int MAX_ROUNDS = 6;

    private final RepairOptions options;
    private final Boundary parent;
    private final List<Boundary> input;
    private final Geometry[] cells;
    private final Geometry[] fixed;
    private final boolean[] madeValid;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Integer, List<GridChange.Transfer>> gained = new TreeMap<>();
    private final Map<Integer, List<GridChange.Transfer>> lost = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final IndexedPointInAreaLocator inParent;
    private final PreparedGeometry parentBorder;
    private STRtree tree;

    CoverageCleaner(Boundary parent, List<Boundary> grids, RepairOptions options) {
        this.options = options;
        this.parent = parent;
        this.input = List.copyOf(grids);
        this.cells = new Geometry[input.size()];
        this.fixed = new Geometry[input.size()];
        this.madeValid = new boolean[input.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = input.get(i).geometry();
            index.putIfAbsent(input.get(i).id(), i);
        }
        this.inParent = parent == null ? null : new IndexedPointInAreaLocator(parent.geometry());
        this.parentBorder = parent == null
                ? null
                : PreparedGeometryFactory.prepare(parent.geometry().getBoundary());
    }

    RepairResult run() {
        // one full check; after that only what a round changed is re-checked, with its neighbours
        // (IncrementalCoverageCheck: its report equals a full check of the cells as they are now)
        IncrementalCoverageCheck checking = parent == null
                ? CoverageCheck.of(options.check()).incremental(boundaries(), List.of())
                : CoverageCheck.of(options.check()).incremental(parent, boundaries(), List.of());
        CoverageReport report = checking.report();
        Map<Integer, Geometry> changed = new TreeMap<>();
        boolean allFixed = true;
        for (CoverageFinding f : report.findings(Kind.INVALID_GEOMETRY)) {
            Integer i = index.get(f.ids().get(0));
            if (i != null && !madeValid[i] && !cells[i].isValid()) {
                cells[i] = Faces.polygonal(GeometryFixer.fix(cells[i]), cells[i].getFactory());
                madeValid[i] = true;
                changed.put(i, cells[i]);
            } else if (i == null || !madeValid[i]) {
                allFixed = false;
            }
        }
        System.arraycopy(cells, 0, fixed, 0, cells.length);
        // The check found the overlaps and gaps of every invalid boundary on its repair by the same
        // GeometryFixer (CoverageFinding.repaired): when each of them was made valid here, its report
        // already describes the cells, and the made-valid grids are re-checked with the first round's.
        if (!allFixed) {
            report = recheck(checking, changed);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<List<CoverageFinding>> clusters = clusters(repairable(report), round >= 2);
            if (clusters.isEmpty()) {
                break;
            }
            for (List<CoverageFinding> cluster : clusters) {
                clean(cluster, round, changed);
            }
            report = recheck(checking, changed);
        }
        RepairResult res = result(recheck(checking, changed));
        return res;
    }

    /** Re-checks the grids changed since the last re-check (and their neighbours), then forgets them. */
    private static CoverageReport recheck(IncrementalCoverageCheck checking, Map<Integer, Geometry> changed) {
        CoverageReport report = checking.redrawCells(changed);
        changed.clear();
        return report;
    }

    private List<Boundary> boundaries() {
        List<Boundary> out = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            out.add(Boundary.of(input.get(i).id(), cells[i]));
        }
        return out;
    }

    /** Gaps narrow enough and with a neighbour, overlaps, parts outside the parent, unmatched borders. */
    private List<CoverageFinding> repairable(CoverageReport report) {
        List<CoverageFinding> out = new ArrayList<>();
        for (CoverageFinding f : report.findings()) {
            boolean known = !f.ids().isEmpty() && f.ids().stream().allMatch(index::containsKey);
            switch (f.kind()) {
                case OVERLAP, OUTSIDE_PARENT, EDGE_MISMATCH -> {
                    if (known) {
                        out.add(f);
                    }
                }
                case GAP -> {
                    if (known && fillable(f)) {
                        out.add(f);
                    }
                }
                default -> {}
            }
        }
        return out;
    }

    private boolean fillable(CoverageFinding gap) {
        double width = Measure.width(
                gap.areaM2(), Measure.length(gap.geometry(), options.check().units()));
        return width <= options.maxGapWidthM();
    }

    /** Findings sharing a grid (or, when widened, touching grids) form one cluster. */
    private List<List<CoverageFinding>> clusters(List<CoverageFinding> findings, boolean widen) {
        int[] parentOf = new int[cells.length];
        for (int i = 0; i < parentOf.length; i++) {
            parentOf[i] = i;
        }
        for (CoverageFinding f : findings) {
            int first = index.get(f.ids().get(0));
            for (String id : f.ids()) {
                union(parentOf, first, index.get(id));
            }
        }
        Map<Integer, List<CoverageFinding>> byRoot = new LinkedHashMap<>();
        for (CoverageFinding f : findings) {
            byRoot.computeIfAbsent(find(parentOf, index.get(f.ids().get(0))), k -> new ArrayList<>())
                    .add(f);
        }
        if (widen && !byRoot.isEmpty()) {
            notes.add("cluster widened to the grids touching it");
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parentOf, int i) {
        while (parentOf[i] != i) {
            parentOf[i] = parentOf[parentOf[i]];
            i = parentOf[i];
        }
        return i;
    }

    private static void union(int[] parentOf, int a, int b) {
        parentOf[find(parentOf, a)] = find(parentOf, b);
    }

    /** Rebuilds the grids of one cluster from the faces of their noded linework. */
    private void clean(List<CoverageFinding> cluster, int round, Map<Integer, Geometry> changed) {
        TreeSet<Integer> members = new TreeSet<>();
        List<Geometry> gaps = new ArrayList<>();
        Envelope env = new Envelope();
        for (CoverageFinding f : cluster) {
            f.ids().forEach(id -> members.add(index.get(id)));
            if (f.kind() == Kind.GAP) {
                gaps.add(f.geometry());
            }
            env.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        if (round >= 2) {
            for (int i : List.copyOf(members)) {
                members.addAll(touching(cells[i].getEnvelopeInternal()));
            }
        }
        List<Integer> ids = new ArrayList<>(members);
        boolean rounding = round >= 3;
        try {
            Faces faces = Faces.of(ids, cells, parentBorder, inParent, gaps, options, rounding, round >= 5);
            Map<Integer, Geometry> rebuilt = faces.assign(this::record);
            rebuilt.forEach((i, g) -> {
                cells[i] = g;
                changed.put(i, g);
            });
            if (rounding) {
                notes.add(String.format(
                        Locale.ROOT,
                        "snap-rounded the borders of %d grids near (%.7g, %.7g) after %d rounds",
                        ids.size(),
                        env.centre().x,
                        env.centre().y,
                        round));
            }
        } catch (RuntimeException e) {
            notes.add(String.format(
                    Locale.ROOT,
                    "could not clean %d grids near (%.7g, %.7g) in round %d (%s); tried again with more snapping",
                    ids.size(),
                    env.centre().x,
                    env.centre().y,
                    round + 1,
                    e.getClass().getSimpleName()));
        }
    }

    private void record(int from, int to, Kind kind, Geometry ground) {
        double area = Measure.area(ground, options.check().units());
        if (from < 0) {
            gained.computeIfAbsent(to, k -> new ArrayList<>()).add(new GridChange.Transfer(kind, "", area, ground));
        } else {
            String keeper = to < 0 ? "" : input.get(to).id();
            lost.computeIfAbsent(from, k -> new ArrayList<>()).add(new GridChange.Transfer(kind, keeper, area, ground));
        }
    }

    private List<Integer> touching(Envelope env) {
        if (tree == null) {
            tree = new STRtree();
            for (int i = 0; i < cells.length; i++) {
                tree.insert(cells[i].getEnvelopeInternal(), i);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : tree.query(env)) {
            int i = (Integer) o;
            if (cells[i].getEnvelopeInternal().intersects(env)) {
                out.add(i);
            }
        }
        return out;
    }

    private RepairResult result(CoverageReport report) {
        List<GridChange> changes = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            boolean changed = madeValid[i] || cells[i] != input.get(i).geometry();
            if (changed) {
                changes.add(new GridChange(
                        input.get(i).id(),
                        madeValid[i],
                        signedArea(input.get(i).geometry()),
                        Measure.area(fixed[i], options.check().units()),
                        Measure.area(cells[i], options.check().units()),
                        gained.getOrDefault(i, List.of()),
                        lost.getOrDefault(i, List.of())));
            }
        }
        return new RepairResult(boundaries(), changes, List.copyOf(new TreeSet<>(notes)), report);
    }

    private double signedArea(Geometry g) {
        try {
            return Measure.area(g, options.check().units());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Called for each piece of ground that changes hands: {@code from} gives it to {@code to} (-1: nobody). */
    @FunctionalInterface
    interface Recorder {
        void record(int from, int to, Kind kind, Geometry ground);
    }
}
