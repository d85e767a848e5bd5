package org.gridgov.geo.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The crosswalk's short-cuts (neighbours passed over by envelope, covers instead of overlay, the
 * cheap validity proof) change no answer: on seeded random layers every row equals what plain
 * OverlayNG of every feature with every base grid gives, and every invalid feature is reported.
 */
class CrosswalkOracleTest {
    private static final GeoJsonFeatures BASE = Squares.layer("B", 6, 100, 0, 0);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void rowsEqualOverlayOfEveryPair(long seed) {
        Random random = new Random(seed);
        Map<String, GeoJsonFeatures> layers = new LinkedHashMap<>();
        layers.put("refines", Squares.layer("R", 12, 50, 0, 0));
        layers.put("shifted", Squares.layer("S", 6, 100, random.nextInt(100), random.nextInt(100)));
        layers.put("random", randomPolygons(random, 40));
        for (Units units : Units.values()) {
            GeoJsonFeatures base = units == Units.LON_LAT ? scaled(BASE) : BASE;
            Map<String, GeoJsonFeatures> scaledLayers = new LinkedHashMap<>();
            layers.forEach((k, v) -> scaledLayers.put(k, units == Units.LON_LAT ? scaled(v) : v));
            Crosswalk cw =
                    LayerMerge.of(MergeOptions.defaults().withUnits(units)).crosswalk(base, scaledLayers);

            List<String> expected = oracle(base, scaledLayers, units);
            assertThat(cw.rows().stream().map(CrosswalkOracleTest::row).toList())
                    .as("seed %d, %s", seed, units)
                    .containsExactlyElementsOf(expected);
            long invalid = scaledLayers.get("random").features().stream()
                    .filter(f -> !f.geometry().isValid())
                    .count();
            assertThat(cw.findings().stream()
                            .filter(f -> f.kind() == LayerFinding.Kind.REPAIRED_GEOMETRY)
                            .count())
                    .isEqualTo(invalid);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void theCheapValidityProofNeverSaysValidWhenIsValidOpDisagrees(long seed) {
        Random random = new Random(seed);
        int proved = 0;
        for (int k = 0; k < 2000; k++) {
            Geometry g = randomPolygon(random, 3 + random.nextInt(6), random.nextBoolean() ? 4 : 1000);
            if (SimplePolygons.surelyValid(g)) {
                proved++;
                assertThat(new IsValidOp(g).isValid()).as("%s", g).isTrue();
            }
        }
        assertThat(proved)
                .as("the proof should accept the many valid random polygons")
                .isGreaterThan(200);
    }

    private static String row(CrosswalkRow r) {
        return r.layer() + "/" + r.layerId() + "/" + r.baseId() + "/" + round(r.areaM2()) + "/"
                + round(r.shareOfLayer()) + "/" + round(r.shareOfBase());
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    /** OverlayNG of every feature with every base grid, in the crosswalk's order. */
    private static List<String> oracle(GeoJsonFeatures base, Map<String, GeoJsonFeatures> layers, Units units) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, GeoJsonFeatures> e : layers.entrySet()) {
            for (GeoJsonFeature f : e.getValue().features()) {
                Geometry g = f.geometry().isValid() ? f.geometry() : GeometryFixer.fix(f.geometry());
                double area = Areas.of(g, units);
                for (GeoJsonFeature cell : base.features()) {
                    double overlap =
                            Areas.of(OverlayNGRobust.overlay(g, cell.geometry(), OverlayNG.INTERSECTION), units);
                    if (overlap > 0) {
                        double baseArea = Areas.of(cell.geometry(), units);
                        out.add(row(new CrosswalkRow(
                                e.getKey(),
                                f.id(),
                                cell.id(),
                                overlap,
                                Math.min(1, overlap / area),
                                Math.min(1, overlap / baseArea))));
                    }
                }
            }
        }
        return out;
    }

    private static GeoJsonFeatures randomPolygons(Random random, int n) {
        List<GeoJsonFeature> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(Squares.feature(k, "X" + k, randomPolygon(random, 3 + random.nextInt(5), 600)));
        }
        return new GeoJsonFeatures("random", out, List.of());
    }

    /** A ring of random vertices on a coarse or fine lattice: often self-crossing, sometimes touching. */
    private static Polygon randomPolygon(Random random, int vertices, int lattice) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        double step = 600.0 / lattice;
        double cx = random.nextInt(lattice);
        double cy = random.nextInt(lattice);
        for (int i = 0; i < vertices; i++) {
            double x = Math.max(0, Math.min(lattice, cx + random.nextInt(Math.max(2, lattice / 4)) - lattice / 8.0));
            double y = Math.max(0, Math.min(lattice, cy + random.nextInt(Math.max(2, lattice / 4)) - lattice / 8.0));
            ring[i] = new Coordinate(Math.floor(x) * step, Math.floor(y) * step);
        }
        ring[vertices] = ring[0].copy();
        return Squares.F.createPolygon(ring);
    }

    /** The layer moved to lon/lat near Zhenjiang, 1 m to 1e-5 degrees. */
    private static GeoJsonFeatures scaled(GeoJsonFeatures layer) {
        List<GeoJsonFeature> out = new ArrayList<>();
        for (GeoJsonFeature f : layer.features()) {
            Geometry g = f.geometry().copy();
            g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                c.x = 119.2 + c.x * 1e-5;
                c.y = 32.0 + c.y * 1e-5;
            });
            g.geometryChanged();
            out.add(Squares.feature(f.index(), f.id(), g));
        }
        return new GeoJsonFeatures(layer.source(), out, List.of());
    }
}
