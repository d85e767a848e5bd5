package org.gridgov.geo.layers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonProblem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * One layer's features ready for overlay: invalid geometry repaired with GeometryFixer, reader
 * problems and repairs reported as findings, empty geometries left out, areas measured. The full
 * validity check runs only where the cheap proof of {@link SimplePolygons} fails; prepared
 * geometries are made on first use and kept, so the base's serve every layer.
 */
final class PreparedLayer {
    final String name;
    final List<String> ids = new ArrayList<>();
    final List<Geometry> geometries = new ArrayList<>();
    final List<Double> areas = new ArrayList<>();
    private final List<PreparedGeometry> prepared = new ArrayList<>();

    PreparedLayer(String name, GeoJsonFeatures file, Units units, List<LayerFinding> findings) {
        this.name = name;
        Set<Integer> withProblems = new HashSet<>();
        for (GeoJsonProblem p : file.problems()) {
            withProblems.add(p.featureIndex());
            findings.add(new LayerFinding(
                    LayerFinding.Kind.INPUT_PROBLEM, name, p.featureId(), List.of(), 0, p.path() + ": " + p.rule()));
        }
        for (GeoJsonFeature f : file.features()) {
            Geometry g = f.geometry();
            if (g.isEmpty()) {
                if (!withProblems.contains(f.index())) {
                    findings.add(new LayerFinding(
                            LayerFinding.Kind.INPUT_PROBLEM,
                            name,
                            f.id(),
                            List.of(),
                            0,
                            f.path() + ": empty geometry"));
                }
                continue;
            }
            TopologyValidationError error =
                    SimplePolygons.surelyValid(g) ? null : new IsValidOp(g).getValidationError();
            if (error != null) {
                g = GeometryFixer.fix(g);
                findings.add(new LayerFinding(
                        LayerFinding.Kind.REPAIRED_GEOMETRY,
                        name,
                        f.id(),
                        List.of(),
                        Areas.of(g, units),
                        f.path() + ": " + error.getMessage() + " at " + error.getCoordinate()
                                + ", repaired for the overlay"));
                if (g.isEmpty()) {
                    continue;
                }
            }
            ids.add(f.id());
            geometries.add(g);
            areas.add(Areas.of(g, units));
            prepared.add(null);
        }
    }

    int size() {
        return ids.size();
    }

    PreparedGeometry prepared(int i) {
        PreparedGeometry p = prepared.get(i);
        if (p == null) {
            p = PreparedGeometryFactory.prepare(geometries.get(i));
            prepared.set(i, p);
        }
        return p;
    }
}
