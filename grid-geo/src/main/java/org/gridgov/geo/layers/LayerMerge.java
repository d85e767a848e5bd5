package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Maps departmental layers onto the unified grid layer (the base): the crosswalk of 多网合一.
 *
 * <pre>{@code
 * Crosswalk cw = LayerMerge.defaults().crosswalk(base, Map.of("party", party, "emergency", emergency));
 * cw.rows();       // layer, layer id, base id, area m², share of the layer's feature, share of the base grid
 * cw.findings();   // straddles, uncovered base grids, parts outside the base, repairs
 * }</pre>
 *
 * <p>How: the base grids go into an STRtree; for each departmental feature the base grids whose
 * envelopes meet it are the candidates; one whose envelope only touches the feature's (a
 * neighbour) is passed over. A candidate that covers the feature takes all of it, one the feature
 * covers is taken whole (both by JTS prepared geometry, the base's prepared once for all layers),
 * anything else is intersected with OverlayNG; only overlaps with area count. Invalid geometries
 * are repaired with JTS GeometryFixer first and reported (the full validity check runs only where
 * a cheap proof of simplicity fails). The base is expected to be a coverage (check it with {@code CoverageCheck}):
 * the part of a feature outside the base is its area less its overlaps, so overlapping base grids
 * would hide it. Immutable, thread-safe.
 */
public final class LayerMerge {
    /** The layer name findings about the base carry. */
    public static final String BASE = "base";

    private final MergeOptions options;

    private LayerMerge(MergeOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** Lon/lat, 1% tolerance. */
    public static LayerMerge defaults() {
        return new LayerMerge(MergeOptions.defaults());
    }

    /** The merge with these options. */
    public static LayerMerge of(MergeOptions options) {
        return new LayerMerge(options);
    }

    /**
     * The crosswalk of every layer (by name, in map order) onto the base. A layer name that is blank
     * or {@value #BASE} is an {@link InvalidInputException}.
     */
    public Crosswalk crosswalk(GeoJsonFeatures base, Map<String, GeoJsonFeatures> layers) {
        requireNonNull(base, "base");
        requireNonNull(layers, "layers");
        for (String name : layers.keySet()) {
            if (name.isBlank() || name.equals(BASE)) {
                throw new InvalidInputException("layer", "a layer has a name that is not blank and not 'base'", name);
            }
        }
        List<LayerFinding> findings = new ArrayList<>();
        PreparedLayer grids = new PreparedLayer(BASE, base, options.units(), findings);
        STRtree index = new STRtree();
        for (int b = 0; b < grids.size(); b++) {
            index.insert(grids.geometries.get(b).getEnvelopeInternal(), b);
        }
        index.build();
        List<CrosswalkRow> rows = new ArrayList<>();
        Map<String, double[]> coveredPerLayer = new LinkedHashMap<>();
        for (Map.Entry<String, GeoJsonFeatures> e : layers.entrySet()) {
            PreparedLayer layer = new PreparedLayer(e.getKey(), e.getValue(), options.units(), findings);
            double[] covered = new double[grids.size()];
            coveredPerLayer.put(e.getKey(), covered);
            for (int f = 0; f < layer.size(); f++) {
                List<CrosswalkRow> own = overlaps(layer, f, grids, index, covered);
                rows.addAll(own);
                judge(layer, f, own, findings);
            }
        }
        for (int b = 0; b < grids.size(); b++) {
            double best = 0;
            for (double[] covered : coveredPerLayer.values()) {
                best = Math.max(best, covered[b]);
            }
            double area = grids.areas.get(b);
            if (area > 0 && best / area <= options.tolerance()) {
                findings.add(new LayerFinding(
                        LayerFinding.Kind.BASE_NOT_COVERED,
                        BASE,
                        grids.ids.get(b),
                        List.of(grids.ids.get(b)),
                        area,
                        String.format(
                                java.util.Locale.ROOT,
                                "no layer covers more than %.1f%% of it (%.1f%%)",
                                100 * options.tolerance(),
                                100 * best / area)));
            }
        }
        return new Crosswalk(options, grids.ids, grids.geometries, rows, findings);
    }

    private List<CrosswalkRow> overlaps(
            PreparedLayer layer, int f, PreparedLayer grids, STRtree index, double[] covered) {
        Geometry g = layer.geometries.get(f);
        double area = layer.areas.get(f);
        Envelope fe = g.getEnvelopeInternal();
        boolean complex = g.getNumPoints() > SimplePolygons.MAX_VERTICES;
        @SuppressWarnings("unchecked")
        List<Integer> candidates = index.query(fe);
        candidates.sort(Comparator.naturalOrder());
        List<CrosswalkRow> out = new ArrayList<>();
        for (int b : candidates) {
            Geometry cell = grids.geometries.get(b);
            Envelope ce = cell.getEnvelopeInternal();
            if (!overlapWithArea(fe, ce)) {
                continue;
            }
            double overlap;
            if (ce.covers(fe) && grids.prepared(b).covers(g)) {
                overlap = area;
            } else if (fe.covers(ce) && layer.prepared(f).covers(cell)) {
                overlap = grids.areas.get(b);
            } else if (complex && !layer.prepared(f).intersects(cell)) {
                continue;
            } else {
                overlap = Areas.of(OverlayNGRobust.overlay(g, cell, OverlayNG.INTERSECTION), options.units());
            }
            if (overlap > 0) {
                covered[b] += overlap;
                double baseArea = grids.areas.get(b);
                out.add(new CrosswalkRow(
                        layer.name,
                        layer.ids.get(f),
                        grids.ids.get(b),
                        overlap,
                        area > 0 ? Math.min(1, overlap / area) : 0,
                        baseArea > 0 ? Math.min(1, overlap / baseArea) : 0));
            }
        }
        return out;
    }

    /**
     * Whether two envelopes share more than a line or a point: envelopes of grids that only touch
     * (the neighbours of every grid) cannot overlap with area, so they need no overlay.
     */
    private static boolean overlapWithArea(Envelope a, Envelope b) {
        return Math.min(a.getMaxX(), b.getMaxX()) > Math.max(a.getMinX(), b.getMinX())
                && Math.min(a.getMaxY(), b.getMaxY()) > Math.max(a.getMinY(), b.getMinY());
    }

    private void judge(PreparedLayer layer, int f, List<CrosswalkRow> own, List<LayerFinding> findings) {
        double area = layer.areas.get(f);
        if (area <= 0) {
            return;
        }
        List<CrosswalkRow> byArea = new ArrayList<>(own);
        byArea.sort(Comparator.comparingDouble(CrosswalkRow::areaM2).reversed());
        List<String> baseIds = byArea.stream().map(CrosswalkRow::baseId).toList();
        double inBase = own.stream().mapToDouble(CrosswalkRow::areaM2).sum();
        double outside = Math.max(0, area - inBase);
        if (outside / area > options.tolerance()) {
            findings.add(new LayerFinding(
                    LayerFinding.Kind.OUTSIDE_BASE,
                    layer.name,
                    layer.ids.get(f),
                    baseIds,
                    outside,
                    percent(outside / area) + " of it lies outside every base grid"));
        }
        if (byArea.size() > 1) {
            double beyondMain = inBase - byArea.get(0).areaM2();
            if (beyondMain / area > options.tolerance()) {
                findings.add(new LayerFinding(
                        LayerFinding.Kind.STRADDLES_BASE,
                        layer.name,
                        layer.ids.get(f),
                        baseIds,
                        beyondMain,
                        percent(beyondMain / area) + " of it lies beyond its main base grid "
                                + byArea.get(0).baseId()));
            }
        }
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}
