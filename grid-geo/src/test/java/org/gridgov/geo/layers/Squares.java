package org.gridgov.geo.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Layers of squares in projected metres, for crosswalks whose answer is known. */
final class Squares {
    static final GeometryFactory F = new GeometryFactory();

    private Squares() {}

    /** An n x n layer of squares of side {@code size} from ({@code x0}, {@code y0}), ids PREFIX + column + row. */
    static GeoJsonFeatures layer(String prefix, int n, double size, double x0, double y0) {
        List<GeoJsonFeature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Geometry g = F.toGeometry(
                        new Envelope(x0 + i * size, x0 + (i + 1) * size, y0 + j * size, y0 + (j + 1) * size));
                out.add(new GeoJsonFeature(out.size(), prefix + i + j, g, Map.of()));
            }
        }
        return new GeoJsonFeatures(prefix, out, List.of());
    }

    static GeoJsonFeatures of(String source, GeoJsonFeature... features) {
        return new GeoJsonFeatures(source, List.of(features), List.of());
    }

    static GeoJsonFeature feature(int index, String id, Geometry g) {
        return new GeoJsonFeature(index, id, g, Map.of());
    }

    static Geometry box(double x1, double y1, double x2, double y2) {
        return F.toGeometry(new Envelope(x1, x2, y1, y2));
    }
}
