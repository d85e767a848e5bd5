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
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The slots of buckets where grids meet at a corner: a star (two or three edges around a vertex in
 * or near the bucket) and a fan (two edges of a vertex outside the bucket whose third edge misses
 * it). Their doubt bands are proven bounds, checked here on seeded random stars against exact
 * orientations, and on a city every point near a corner answers as the oracle and the walk do.
 */
class StarSlotTest {
    private static SyntheticCity city;
    private static GridLocator locator;
    private static HalfOpenOracle oracle;

    @BeforeAll
    static void buildCity() {
        city = SyntheticCity.generate(10_000, 13);
        locator = GridLocator.of(ids(city.cells()));
        oracle = new HalfOpenOracle(city.cells());
    }

    @Test
    void mostCornersOfACityAreAnsweredByTheirSlot() {
        BucketIndex index = locator.index();
        int stars = 0;
        int fans = 0;
        int walking = 0;
        for (int b = 0; b < index.bucket.length; b++) {
            int kind = BucketSlots.kind(index.slots[2 * b]);
            stars += kind >= BucketSlots.STAR && kind < BucketSlots.FAN ? 1 : 0;
            fans += kind == BucketSlots.FAN ? 1 : 0;
            walking += kind == BucketSlots.WALK ? 1 : 0;
        }
        int n = index.bucket.length;
        assertThat(stars).isGreaterThan(n / 20);
        assertThat(fans).isGreaterThan(n / 100);
        assertThat(walking).isLessThan(n / 10);
    }

    /**
     * Points from half a millimetre to a quarter of a bucket away from every vertex of every grid,
     * in every direction: the index answers as the half-open oracle and as the walk alone.
     */
    @Test
    void pointsAroundEveryCornerAgreeWithTheOracleAndTheWalk() {
        SplittableRandom random = new SplittableRandom(31);
        BucketIndex index = locator.index();
        double bucket = (index.maxX - index.minX) / index.nx;
        List<Coordinate> points = new ArrayList<>();
        for (Polygon cell : city.cells()) {
            Coordinate[] c = cell.getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                for (int k = 0; k < 4; k++) {
                    double r = Math.min(bucket / 4, 0.5e-3 * (1 << random.nextInt(16)));
                    double angle = random.nextDouble() * 2 * Math.PI;
                    points.add(new Coordinate(c[i].x + r * Math.cos(angle), c[i].y + r * Math.sin(angle)));
                }
            }
        }
        assertThat(points).hasSizeGreaterThan(100_000);
        int disagreements = 0;
        for (Coordinate p : points) {
            int expected = oracle.locate(p.x, p.y);
            if (locator.locateIndex(p.x, p.y) != expected || SlotEncodingTest.walked(index, p.x, p.y) != expected) {
                disagreements++;
            }
        }
        assertThat(disagreements).isZero();
    }

    /**
     * Random stars of three rays around a vertex in the bucket or up to half a bucket outside it, and
     * random points, many just outside a ray's doubt band: wherever the slot decides, its sector is
     * the exact sector of the point around the exact vertex.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void beyondTheDoubtBandTheStarsSectorIsTheExactSector(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double side = BucketSlots.SIDE;
        int decided = 0;
        int checked = 0;
        for (int star = 0; star < 20_000; star++) {
            boolean near = random.nextBoolean();
            double vx = near
                    ? random.nextDouble(0, side)
                    : random.nextDouble(BucketSlots.VERTEX_MIN, BucketSlots.VERTEX_MAX);
            double vy = near
                    ? random.nextDouble(0, side)
                    : random.nextDouble(BucketSlots.VERTEX_MIN, BucketSlots.VERTEX_MAX);
            near = vx >= 0 && vx <= side && vy >= 0 && vy <= side;
            double[] angles = {
                random.nextDouble(2 * Math.PI), random.nextDouble(2 * Math.PI), random.nextDouble(2 * Math.PI)
            };
            java.util.Arrays.sort(angles);
            double[] qx = new double[3];
            double[] qy = new double[3];
            long[] ends = new long[3];
            boolean usable = true;
            for (int k = 0; k < 3; k++) {
                qx[k] = vx + 5 * side * Math.cos(angles[k]);
                qy[k] = vy + 5 * side * Math.sin(angles[k]);
                ends[k] = RecordSlot.exit(vx, vy, qx[k], qy[k]);
                usable &= ends[k] >= 0;
            }
            int wide = -1;
            for (int k = 0; k < 3 && usable; k++) {
                int turn = ExactOrientation.sign(vx, vy, qx[k], qy[k], qx[(k + 1) % 3], qy[(k + 1) % 3]);
                usable = turn != 0 && (turn > 0 || wide < 0);
                wide = turn < 0 ? k : wide;
            }
            if (!usable) {
                continue; // a ray that misses the bucket: the index would let such a bucket walk
            }
            int kind = BucketSlots.STAR + 1 + wide + (near ? 0 : BucketSlots.FAR);
            long shape = BucketSlots.shape(kind, vx, vy, ends[0], ends[1], ends[2]);
            long answers = BucketSlots.answers(0, 1, 2);
            for (int p = 0; p < 30; p++) {
                double px = random.nextDouble(0, side);
                double py = random.nextDouble(0, side);
                if (p % 2 == 1) {
                    // just beyond the band of a random ray, measured along its normal
                    int k = random.nextInt(3);
                    double dx = qx[k] - vx;
                    double dy = qy[k] - vy;
                    double length = Math.hypot(dx, dy);
                    double t = random.nextDouble(0, 2 * side);
                    double reach = t * 1.0 / length;
                    double off = (random.nextBoolean() ? 1 : -1)
                            * (BucketSlots.UNSURE_FAR / (length / 5))
                            * random.nextDouble(0.5, 1.5);
                    px = vx + reach * dx - off * dy / length;
                    py = vy + reach * dy + off * dx / length;
                    if (px < 0 || py < 0 || px >= side || py >= side) {
                        continue;
                    }
                }
                checked++;
                int sector = BucketSlots.decide(shape, answers, px, py);
                if (sector == BucketSlots.UNDECIDED) {
                    continue;
                }
                decided++;
                assertThat(sector)
                        .as("star %d (%s, %s), point (%s, %s)", star, vx, vy, px, py)
                        .isEqualTo(exactSector(vx, vy, qx, qy, wide, px, py));
            }
        }
        assertThat(decided).isGreaterThan(checked / 2);
    }

    /** The sector of {@code p} around the exact vertex: between rays k and k + 1, counter-clockwise. */
    private static int exactSector(double vx, double vy, double[] qx, double[] qy, int wide, double px, double py) {
        for (int k = 0; k < 3; k++) {
            int next = (k + 1) % 3;
            boolean left = ExactOrientation.sign(vx, vy, qx[k], qy[k], px, py) > 0;
            boolean rightOfNext = ExactOrientation.sign(vx, vy, qx[next], qy[next], px, py) < 0;
            if (k == wide ? left || rightOfNext : left && rightOfNext) {
                return k;
            }
        }
        throw new AssertionError("in no sector: (" + px + ", " + py + ")");
    }

    private static Map<String, Geometry> ids(List<Polygon> cells) {
        Map<String, Geometry> grids = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            grids.put(SyntheticCity.id(i), cells.get(i));
        }
        return grids;
    }
}
