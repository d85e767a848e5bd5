package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The edges of locate on the sample Jingkou district (288 grids in lon/lat, the repository's
 * {@code grid-examples/samples}): every vertex of the district's outline, the right and top sides
 * included, belongs to a grid whose boundary passes through it, and every answer (outline, shared
 * vertices, seeded random points) equals the brute-force oracle's (the half-open rule, then JTS's
 * boundary test).
 */
class JingkouOutlineTest {
    private static List<Geometry> ordered;
    private static GridLocator locator;
    private static HalfOpenOracle oracle;

    @BeforeAll
    static void load() {
        Path samples = Path.of(System.getProperty("grid.data")).resolveSibling("samples");
        GeoJsonFeatures grids = GeoJsonReader.of(
                        GeoJsonReader.Options.defaults().withIdProperty("code"))
                .readFile(samples.resolve("jingkou.grids.geojson"));
        assertThat(grids.problems()).isEmpty();
        Map<String, Geometry> byId = new LinkedHashMap<>();
        for (GeoJsonFeature f : grids.features()) {
            byId.put(f.id(), f.geometry());
        }
        ordered = new ArrayList<>(byId.values());
        locator = GridLocator.builder().grids(byId).units(Units.LON_LAT).build();
        oracle = new HalfOpenOracle(ordered);
    }

    @Test
    void everyVertexOfTheDistrictOutlineBelongsToAGridItBounds() {
        Geometry district = OverlayNGRobust.union(ordered);
        Coordinate[] outline = district.getBoundary().getCoordinates();
        Envelope extent = district.getEnvelopeInternal();
        int onTopOrRight = 0;
        int wrong = 0;
        for (Coordinate c : outline) {
            int k = locator.locateIndex(c.x, c.y);
            if (k < 0 || !oracle.onBoundary(c.x, c.y).contains(k) || k != oracle.locate(c.x, c.y)) {
                wrong++;
            }
            if (oracle.containing(c.x, c.y).isEmpty()) {
                onTopOrRight++; // the half-open rule alone would leave this one in no grid
            }
        }
        assertThat(outline.length).isGreaterThan(100);
        assertThat(onTopOrRight).isGreaterThan(10);
        assertThat(wrong).isZero();
        Coordinate top = extreme(outline, true);
        Coordinate right = extreme(outline, false);
        assertThat(top.y).isEqualTo(extent.getMaxY());
        assertThat(right.x).isEqualTo(extent.getMaxX());
        assertThat(locator.locate(top.x, top.y)).isPresent();
        assertThat(locator.locate(right.x, right.y)).isPresent();
    }

    @Test
    void everyVertexOfEveryGridAgreesWithTheOracleOneByOneAndInABatch() {
        List<Coordinate> points = new ArrayList<>();
        for (Geometry g : ordered) {
            points.addAll(List.of(g.getCoordinates()));
        }
        assertAgree(points);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void seededRandomPointsAgreeWithTheOracle(long seed) {
        Envelope extent = new GeometryFactory().buildGeometry(ordered).getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(seed);
        List<Coordinate> points = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            points.add(new Coordinate(
                    extent.getMinX() + random.nextDouble() * extent.getWidth(),
                    extent.getMinY() + random.nextDouble() * extent.getHeight()));
        }
        assertAgree(points);
    }

    private static Coordinate extreme(Coordinate[] outline, boolean top) {
        Coordinate best = outline[0];
        for (Coordinate c : outline) {
            if (top ? c.y > best.y : c.x > best.x) {
                best = c;
            }
        }
        return best;
    }

    private static void assertAgree(List<Coordinate> points) {
        double[] xs = points.stream().mapToDouble(p -> p.x).toArray();
        double[] ys = points.stream().mapToDouble(p -> p.y).toArray();
        int[] batch = new int[xs.length];
        locator.locateAll(xs, ys, batch);
        int disagreements = 0;
        for (int k = 0; k < xs.length; k++) {
            int expected = oracle.locate(xs[k], ys[k]);
            if (locator.locateIndex(xs[k], ys[k]) != expected || batch[k] != expected) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }
}
