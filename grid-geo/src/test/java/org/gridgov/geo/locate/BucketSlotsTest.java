package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The slots that answer single lookups without the walk: they answer most buckets of a city, they
 * never give another answer than the walk, also for points within millimetres of an edge, where
 * the rounding of a slot's line to steps of 1/1024 of the bucket could put a point on the wrong side, and they step
 * aside (every lookup walks) where local units cannot be computed precisely. The encoding itself is
 * tested in {@code SlotEncodingTest}.
 */
class BucketSlotsTest {
    private static SyntheticCity city;
    private static GridLocator locator;
    private static HalfOpenOracle oracle;

    @BeforeAll
    static void buildCity() {
        city = SyntheticCity.generate(10_000, 5);
        locator = GridLocator.of(ids(city.cells()));
        oracle = new HalfOpenOracle(city.cells());
    }

    @Test
    void mostBucketsOfACityAnswerFromTheirSlot() {
        BucketIndex index = locator.index();
        int fromSlot = 0;
        int lines = 0;
        for (int b = 0; b < index.bucket.length; b++) {
            boolean walks = !BucketSlots.decides(index.slots[2 * b]);
            fromSlot += walks ? 0 : 1;
            lines += !walks && index.bucket[b] < -1 ? 1 : 0;
        }
        assertThat(fromSlot).isGreaterThan(index.bucket.length * 3 / 4);
        assertThat(lines).isGreaterThan(index.bucket.length / 3);
    }

    /**
     * Points from half a millimetre to half a metre off every edge, on both sides: on this city (57
     * m buckets) a slot's line is off the edge by up to 3 cm, and the doubt band reaches about 13 cm
     * either side of the line for a chord across the whole bucket (more for shorter chords), so
     * without the band some of these would land on the wrong side, and many lie beyond it.
     */
    @Test
    void pointsAroundTheDoubtBandAgreeWithTheWalkAndTheOracle() {
        SplittableRandom random = new SplittableRandom(23);
        List<Coordinate> points = new ArrayList<>();
        for (Polygon cell : city.cells()) {
            Coordinate[] c = cell.getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                double dx = c[i + 1].x - c[i].x;
                double dy = c[i + 1].y - c[i].y;
                double length = Math.hypot(dx, dy);
                for (int k = 0; k < 2; k++) {
                    double t = random.nextDouble();
                    double offset = (random.nextBoolean() ? 1 : -1) * 0.5e-3 * (1 << random.nextInt(11));
                    points.add(new Coordinate(
                            c[i].x + t * dx - offset * dy / length, c[i].y + t * dy + offset * dx / length));
                }
            }
        }
        assertThat(points).hasSizeGreaterThan(100_000);
        BucketIndex index = locator.index();
        int disagreements = 0;
        for (Coordinate p : points) {
            int expected = oracle.locate(p.x, p.y);
            if (locator.locateIndex(p.x, p.y) != expected || walked(index, p.x, p.y) != expected) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    /**
     * Far from the origin local units lose precision: at 3e11 they are still good to a hundredth of a
     * unit and the slots answer; at 3e12 they are not and every slot walks. Either way the answers
     * are exact.
     */
    @ParameterizedTest
    @CsvSource({"3e11, -2e11, true", "3e12, -2e12, false"})
    void farFromTheOriginTheSlotsAnswerOnlyWhileLocalUnitsArePrecise(double dx, double dy, boolean slotsAnswer) {
        AffineTransformation far = AffineTransformation.translationInstance(dx, dy);
        List<Geometry> cells = new ArrayList<>();
        for (Polygon cell : city.cells().subList(0, 2_000)) {
            cells.add(far.transform(cell));
        }
        GridLocator farLocator = GridLocator.of(ids(cells));
        BucketIndex index = farLocator.index();
        int lines = 0;
        for (int b = 0; b < index.bucket.length; b++) {
            lines += BucketSlots.decides(index.slots[2 * b]) ? 1 : 0;
        }
        if (slotsAnswer) {
            assertThat(lines).isGreaterThan(index.bucket.length / 2);
        } else {
            assertThat(lines).isZero();
        }
        HalfOpenOracle farOracle = new HalfOpenOracle(cells);
        SplittableRandom random = new SplittableRandom(29);
        double side = city.extent().getEnvelopeInternal().getMaxX();
        int disagreements = 0;
        int located = 0;
        for (int k = 0; k < 50_000; k++) {
            double x = dx + random.nextDouble() * side;
            double y = dy + random.nextDouble() * side;
            int expected = farOracle.locate(x, y);
            disagreements += farLocator.locateIndex(x, y) == expected ? 0 : 1;
            located += expected >= 0 ? 1 : 0;
        }
        assertThat(disagreements).isZero();
        assertThat(located).isGreaterThan(1_000);
    }

    /** The answer of the walk alone, as the index gave it before the slots. */
    private static int walked(BucketIndex index, double x, double y) {
        if (!(x >= index.minX && x < index.maxX && y >= index.minY && y < index.maxY)) {
            return index.locate(x, y);
        }
        int i = index.column(x);
        int j = index.row(y);
        int v = index.bucket[j * index.nx + i];
        return v >= -1 ? v : index.walkRecord(-2 - v, x, y, i, j);
    }

    private static Map<String, Geometry> ids(List<? extends Geometry> cells) {
        Map<String, Geometry> grids = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            grids.put(SyntheticCity.id(i), cells.get(i));
        }
        return grids;
    }
}
