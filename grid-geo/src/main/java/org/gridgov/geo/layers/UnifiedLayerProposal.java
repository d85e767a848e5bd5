package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.internal.Geodesy;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Proposes a unified layer from several departmental layers: their common refinement, with slivers
 * merged away.
 *
 * <p>How: every feature's boundary is noded against all others (OverlayNG union of the linework)
 * and polygonized into faces; a face that lies in no feature is left out (a hole in every layer),
 * and each other face is named by the features it lies in ({@code party:P1+emergency:E4}, a
 * suffix {@code ~2} when the same features meet in more than one face). Then, smallest first, each
 * face under {@code minAreaM2} is merged into the neighbour with which it shares the longest border
 * (ties to the neighbour listed first); an island with no neighbour stays. Because all faces come
 * from one noded linework, neighbours share their vertices exactly and the result checks clean as
 * a coverage. Invalid geometries are repaired first (reported as findings). Immutable, thread-safe.
 */
public final class UnifiedLayerProposal {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final MergeOptions options;
    private final double minAreaM2;

    private UnifiedLayerProposal(MergeOptions options, double minAreaM2) {
        this.options = requireNonNull(options, "options");
        if (!(minAreaM2 >= 0) || Double.isInfinite(minAreaM2)) {
            throw new InvalidInputException("minAreaM2", "a sliver size is 0 or more m²", minAreaM2);
        }
        this.minAreaM2 = minAreaM2;
    }

    /** The proposal measuring with {@code options}, merging faces under {@code minAreaM2}. */
    public static UnifiedLayerProposal of(MergeOptions options, double minAreaM2) {
        return new UnifiedLayerProposal(options, minAreaM2);
    }

    /** The proposed grids (with an {@code area_m2} property) and the findings about the input. */
    public Result propose(Map<String, GeoJsonFeatures> layers) {
        List<LayerFinding> findings = new ArrayList<>();
        List<PreparedLayer> prepared = new ArrayList<>();
        List<Geometry> lines = new ArrayList<>();
        STRtree features = new STRtree();
        for (Map.Entry<String, GeoJsonFeatures> e : layers.entrySet()) {
            PreparedLayer layer = new PreparedLayer(e.getKey(), e.getValue(), options.units(), findings);
            int l = prepared.size();
            prepared.add(layer);
            for (int f = 0; f < layer.size(); f++) {
                lines.add(layer.geometries.get(f).getBoundary());
                features.insert(layer.geometries.get(f).getEnvelopeInternal(), new int[] {l, f});
            }
        }
        if (lines.isEmpty()) {
            return new Result(List.of(), findings);
        }
        Geometry noded = OverlayNGRobust.union(FACTORY.buildGeometry(lines));
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> polygons = polygonizer.getPolygons();
        List<Face> faces = new ArrayList<>();
        for (Polygon p : polygons) {
            String key = owners(p.getInteriorPoint(), prepared, features);
            if (!key.isEmpty()) {
                faces.add(new Face(faces.size(), key, p, Areas.of(p, options.units())));
            }
        }
        faces.sort(Comparator.comparing((Face f) -> f.key)
                .thenComparing(f -> f.geometry.getInteriorPoint().getX()));
        mergeSlivers(faces);
        List<GeoJsonFeature> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Face f : faces) {
            if (f.alive()) {
                int n = seen.merge(f.key, 1, Integer::sum);
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("area_m2", Math.round(f.area * 10) / 10.0);
                out.add(GeoJsonFeature.of(n == 1 ? f.key : f.key + "~" + n, f.geometry, properties));
            }
        }
        return new Result(out, findings);
    }

    /** The proposed grids and the findings about the input layers. */
    public record Result(List<GeoJsonFeature> grids, List<LayerFinding> findings) {
        public Result {
            grids = List.copyOf(grids);
            findings = List.copyOf(findings);
        }
    }

    private static String owners(Point at, List<PreparedLayer> layers, STRtree features) {
        @SuppressWarnings("unchecked")
        List<int[]> hits = features.query(at.getEnvelopeInternal());
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[1]));
        StringBuilder key = new StringBuilder();
        for (int[] h : hits) {
            PreparedLayer layer = layers.get(h[0]);
            if (layer.prepared(h[1]).contains(at)) {
                key.append(key.length() == 0 ? "" : "+")
                        .append(layer.name)
                        .append(':')
                        .append(layer.ids.get(h[1]));
            }
        }
        return key.toString();
    }

    private void mergeSlivers(List<Face> faces) {
        STRtree index = new STRtree();
        for (int i = 0; i < faces.size(); i++) {
            faces.get(i).position = i;
            index.insert(faces.get(i).geometry.getEnvelopeInternal(), faces.get(i));
        }
        List<Face> order = new ArrayList<>(faces);
        order.sort(Comparator.comparingDouble((Face f) -> f.area).thenComparingInt(f -> f.position));
        for (Face sliver : order) {
            if (!sliver.alive() || sliver.area >= minAreaM2) {
                continue;
            }
            Face best = null;
            double bestLength = 0;
            @SuppressWarnings("unchecked")
            List<Face> near = index.query(sliver.geometry.getEnvelopeInternal());
            near.sort(Comparator.comparingInt(f -> f.position));
            for (Face candidate : near) {
                Face owner = candidate.root();
                if (owner == sliver || owner == best) {
                    continue;
                }
                double shared = length(OverlayNGRobust.overlay(
                        sliver.geometry.getBoundary(), owner.geometry.getBoundary(), OverlayNG.INTERSECTION));
                if (shared > bestLength) {
                    bestLength = shared;
                    best = owner;
                }
            }
            if (best != null) {
                best.geometry = OverlayNGRobust.union(FACTORY.buildGeometry(List.of(best.geometry, sliver.geometry)));
                best.area += sliver.area;
                sliver.mergedInto = best;
            }
        }
    }

    private double length(Geometry g) {
        if (options.units() == Units.METRES) {
            return g.getLength();
        }
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString line) {
                total += Geodesy.length(line.getCoordinateSequence());
            }
        }
        return total;
    }

    /** A face of the refinement; merged faces point to the face that took them. */
    private static final class Face {
        final String key;
        Geometry geometry;
        double area;
        int position;
        Face mergedInto;

        Face(int position, String key, Geometry geometry, double area) {
            this.position = position;
            this.key = key;
            this.geometry = geometry;
            this.area = area;
        }

        boolean alive() {
            return mergedInto == null;
        }

        Face root() {
            Face f = this;
            while (f.mergedInto != null) {
                f = f.mergedInto;
            }
            return f;
        }
    }
}
