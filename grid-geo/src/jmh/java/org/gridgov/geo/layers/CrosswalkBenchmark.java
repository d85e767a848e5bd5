package org.gridgov.geo.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The crosswalk of 10 departmental layers onto a base of square grids in lon/lat near Zhenjiang,
 * against JTS OverlayNG pair by pair over an STRtree (the same geodesic areas). Half the layers
 * adopted the base grid as it is (the 多网合一 case where a department re-used the unified grids),
 * half are the base shifted by a different fraction of a grid (every feature straddles up to four
 * base grids).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CrosswalkBenchmark {
    private static final GeometryFactory F = new GeometryFactory();

    @Param({"2500"})
    public int grids;

    @Param({"10"})
    public int layers;

    GeoJsonFeatures base;
    Map<String, GeoJsonFeatures> departmental;

    @Setup
    public void setUp() {
        int n = (int) Math.round(Math.sqrt(grids));
        base = squares("B", n, 0, 0);
        departmental = new LinkedHashMap<>();
        for (int k = 0; k < layers; k++) {
            double shift = k % 2 == 0 ? 0 : 0.1 + 0.08 * k;
            departmental.put("layer" + k, squares("L" + k + "-", n, shift, shift / 2));
        }
    }

    @Benchmark
    public int layerMerge() {
        return LayerMerge.defaults().crosswalk(base, departmental).rows().size();
    }

    @Benchmark
    public int jtsOverlayPairByPair() {
        STRtree index = new STRtree();
        List<GeoJsonFeature> cells = base.features();
        for (int i = 0; i < cells.size(); i++) {
            index.insert(cells.get(i).geometry().getEnvelopeInternal(), i);
        }
        int rows = 0;
        double total = 0;
        for (GeoJsonFeatures layer : departmental.values()) {
            for (GeoJsonFeature f : layer.features()) {
                for (Object o : index.query(f.geometry().getEnvelopeInternal())) {
                    Geometry cell = cells.get((Integer) o).geometry();
                    double area = Areas.of(
                            OverlayNGRobust.overlay(f.geometry(), cell, OverlayNG.INTERSECTION), Units.LON_LAT);
                    if (area > 0) {
                        rows++;
                        total += area;
                    }
                }
            }
        }
        return rows + (total > 0 ? 0 : 1);
    }

    /** An n x n layer of 0.005-degree squares (about 470 m x 555 m) shifted by a fraction of one. */
    private static GeoJsonFeatures squares(String prefix, int n, double shiftX, double shiftY) {
        double size = 0.005;
        List<GeoJsonFeature> out = new ArrayList<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = 119.2 + (i + shiftX) * size;
                double y = 32.0 + (j + shiftY) * size;
                out.add(new GeoJsonFeature(
                        out.size(),
                        prefix + i + "-" + j,
                        F.toGeometry(new Envelope(x, x + size, y, y + size)),
                        Map.of()));
            }
        }
        return new GeoJsonFeatures(prefix, out, List.of());
    }
}
