package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The 16-byte slot of {@link BucketSlots}: perimeter positions decode to the points they were made
 * from, the doubt band is a proven bound (checked against {@link ExactOrientation} on seeded random
 * lines and points, many of them just outside the band), answers too large for a slot walk, and
 * every bucket of a city answers as its record walk does.
 */
class SlotEncodingTest {
    private static SyntheticCity city;
    private static GridLocator locator;

    @BeforeAll
    static void buildCity() {
        city = SyntheticCity.generate(10_000, 11);
        locator = GridLocator.of(ids(city.cells()));
    }

    @Test
    void everyPerimeterPositionDecodesToAPointThatEncodesBackToIt() {
        for (int p = 0; p < 4 * BucketSlots.STEPS; p++) {
            int xy = BucketSlots.PERIMETER[p];
            int x = xy & 0xFFFF;
            int y = xy >>> 16;
            assertThat(x == 0 || y == 0 || x == BucketSlots.STEPS || y == BucketSlots.STEPS)
                    .as("position %d on the perimeter", p)
                    .isTrue();
            assertThat(BucketSlots.position(x, y)).as("position %d", p).isEqualTo(p);
        }
    }

    @Test
    void aPointOnThePerimeterRoundsToAPositionWithinHalfAStep() {
        SplittableRandom random = new SplittableRandom(3);
        double side = BucketSlots.SIDE;
        for (int k = 0; k < 100_000; k++) {
            double t = random.nextDouble() * side;
            double[] point = switch (random.nextInt(4)) {
                case 0 -> new double[] {t, 0};
                case 1 -> new double[] {side, t};
                case 2 -> new double[] {t, side};
                default -> new double[] {0, t};
            };
            int xy = BucketSlots.PERIMETER[BucketSlots.position(point[0], point[1])];
            double error = Math.hypot((xy & 0xFFFF) - point[0], (xy >>> 16) - point[1]);
            assertThat(error).isLessThanOrEqualTo(0.5);
        }
    }

    /**
     * An edge that cuts a corner of the bucket gets the slot's line only when the chord through the
     * bucket lies inside the segment: not when the segment stops short of the bucket or ends in it.
     */
    @Test
    void aCornerCuttingEdgeHasALineOnlyWhenTheChordLiesInsideTheSegment() {
        // the line y = x + 1000 enters the bucket [0, 1024]^2 at (0, 1000) and leaves it at (24, 1024)
        assertThat(BucketSlots.chord(-100, 900, 100, 1100, true)).isNotNegative();
        assertThat(BucketSlots.chord(-300, 700, -100, 900, true)).isNegative();
        assertThat(BucketSlots.chord(-100, 900, 10, 1010, true)).isNegative();
        assertThat(BucketSlots.chord(-300, 700, -100, 900, false)).isNotNegative();
        long ends = BucketSlots.chord(-100, 900, 100, 1100, true);
        assertThat(decode((int) ends & 0xFFF)).containsExactly(0, 1000);
        assertThat(decode((int) (ends >>> 12))).containsExactly(24, 1024);
    }

    /**
     * Random buckets (any size and aspect, near and far from the origin), random edges through
     * them, and random points in them, half of them placed just outside the doubt band: wherever
     * the slot's determinant is beyond {@link BucketSlots#UNSURE} its sign is the exact side.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void beyondTheDoubtBandTheSlotsSideIsTheExactSide(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int decided = 0;
        int nearBand = 0;
        for (int line = 0; line < 20_000; line++) {
            double w = Math.pow(10, random.nextDouble(-3, 5));
            double h = w * random.nextDouble(0.5, 2);
            double x0 = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(8));
            double y0 = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(8));
            double qx = BucketSlots.SIDE / w;
            double qy = BucketSlots.SIDE / h;
            // an edge through a random point of the bucket, long enough to cross it
            double cx = x0 + random.nextDouble() * w;
            double cy = y0 + random.nextDouble() * h;
            double angle = random.nextDouble() * Math.PI;
            double reach = 4 * (w + h);
            double ax = cx - reach * Math.cos(angle);
            double ay = cy - reach * Math.sin(angle);
            double bx = cx + reach * Math.cos(angle);
            double by = cy + reach * Math.sin(angle);
            if (!BucketSlots.precise(Math.min(x0, Math.min(ax, bx)), Math.max(x0 + w, Math.max(ax, bx)), qx)
                    || !BucketSlots.precise(Math.min(y0, Math.min(ay, by)), Math.max(y0 + h, Math.max(ay, by)), qy)) {
                continue; // the index lets every slot walk there
            }
            long ends = BucketSlots.chord((ax - x0) * qx, (ay - y0) * qy, (bx - x0) * qx, (by - y0) * qy, false);
            if (ends < 0) {
                continue;
            }
            int[] a = decode((int) ends & 0xFFF);
            int[] b = decode((int) (ends >>> 12));
            double chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
            for (int k = 0; k < 20; k++) {
                double px;
                double py;
                if (k % 2 == 0) {
                    px = x0 + random.nextDouble() * w;
                    py = y0 + random.nextDouble() * h;
                } else {
                    // just beyond the band's edge, measured along the normal of the slot's line
                    double t = random.nextDouble();
                    double mx = a[0] + t * (b[0] - a[0]);
                    double my = a[1] + t * (b[1] - a[1]);
                    double off = (random.nextBoolean() ? 1 : -1)
                            * (BucketSlots.UNSURE / chord)
                            * (1 + random.nextDouble() * 0.02);
                    double lx = mx - off * (b[1] - a[1]) / chord;
                    double ly = my + off * (b[0] - a[0]) / chord;
                    if (lx < 0 || ly < 0 || lx > BucketSlots.SIDE || ly > BucketSlots.SIDE) {
                        continue;
                    }
                    px = x0 + lx / qx;
                    py = y0 + ly / qy;
                }
                double lx = (px - x0) * qx;
                double ly = (py - y0) * qy;
                int side = BucketSlots.decide(BucketSlots.line(ends), LEFT_RIGHT, lx, ly);
                if (side == BucketSlots.UNDECIDED) {
                    continue;
                }
                decided++;
                nearBand += Math.abs(chordSide(a, b, lx, ly)) < 1.05 * BucketSlots.UNSURE ? 1 : 0;
                int exact = ExactOrientation.sign(ax, ay, bx, by, px, py);
                assertThat(side == 1 ? 1 : -1)
                        .as("line %d, point %d: (%s, %s) to (%s, %s), p (%s, %s)", line, k, ax, ay, bx, by, px, py)
                        .isEqualTo(exact);
            }
        }
        assertThat(decided).isGreaterThan(200_000);
        assertThat(nearBand).isGreaterThan(50_000);
    }

    /** Every bucket of the city, four random points in each: the slot's answer is the walk's. */
    @Test
    void everyBucketAnswersAsItsRecordWalkDoes() {
        BucketIndex index = locator.index();
        SplittableRandom random = new SplittableRandom(17);
        int lines = 0;
        int disagreements = 0;
        for (int j = 0; j < index.ny; j++) {
            for (int i = 0; i < index.nx; i++) {
                int b = j * index.nx + i;
                lines += BucketSlots.kind(index.slots[2 * b]) == BucketSlots.LINE ? 1 : 0;
                for (int k = 0; k < 4; k++) {
                    double x = index.xs[i] + random.nextDouble() * (index.xs[i + 1] - index.xs[i]);
                    double y = index.ys[j] + random.nextDouble() * (index.ys[j + 1] - index.ys[j]);
                    disagreements += index.locate(x, y) == walked(index, x, y) ? 0 : 1;
                }
            }
        }
        assertThat(lines).isGreaterThan(index.bucket.length / 3);
        assertThat(disagreements).isZero();
    }

    /**
     * An answer (grid index plus one) above the slot's limit, {@code 2^20 - 1} in production and
     * lowered here to 5,000 so that this city reaches it: such buckets walk, with the same answers.
     */
    @Test
    void answersAboveTheLimitWalkAndStayTheSame() {
        BucketIndex full = locator.index();
        int limit = 5_000;
        BucketIndex limited = new BucketIndex(
                full.nx,
                full.ny,
                full.minX,
                full.minY,
                full.maxX,
                full.maxY,
                full.xs,
                full.ys,
                full.bucket,
                full.data,
                limit);
        int forcedToWalk = 0;
        int linesKept = 0;
        for (int b = 0; b < full.bucket.length; b++) {
            long shape = limited.slots[2 * b];
            long answers = limited.slots[2 * b + 1];
            if (BucketSlots.decides(shape)) {
                linesKept++;
                for (int k = 0; k < 3; k++) {
                    assertThat(BucketSlots.answer(answers, k) + 1).isLessThanOrEqualTo(limit);
                }
            } else if (BucketSlots.decides(full.slots[2 * b])) {
                forcedToWalk++;
                assertThat(BucketSlots.word(answers)).isEqualTo(full.bucket[b]);
            }
        }
        assertThat(forcedToWalk).isGreaterThan(full.bucket.length / 4);
        assertThat(linesKept).isGreaterThan(full.bucket.length / 4);
        SplittableRandom random = new SplittableRandom(19);
        double side = city.extent().getEnvelopeInternal().getMaxX();
        int disagreements = 0;
        for (int k = 0; k < 200_000; k++) {
            double x = random.nextDouble() * side;
            double y = random.nextDouble() * side;
            disagreements += limited.locate(x, y) == full.locate(x, y) ? 0 : 1;
        }
        assertThat(disagreements).isZero();
    }

    /** Answer 1 left of a line slot, 0 right of it. */
    private static final long LEFT_RIGHT = BucketSlots.answers(1, 0, -1);

    /** The line slot's determinant at local units {@code (lx, ly)}: positive left of {@code a -> b}. */
    private static double chordSide(int[] a, int[] b, double lx, double ly) {
        return (b[0] - a[0]) * (ly - a[1]) - (b[1] - a[1]) * (lx - a[0]);
    }

    private static int[] decode(int position) {
        int xy = BucketSlots.PERIMETER[position];
        return new int[] {xy & 0xFFFF, xy >>> 16};
    }

    /** The answer of the walk alone, as the index gives it without the slots. */
    static int walked(BucketIndex index, double x, double y) {
        if (!(x >= index.minX && x < index.maxX && y >= index.minY && y < index.maxY)) {
            return index.locate(x, y);
        }
        int i = index.column(x);
        int j = index.row(y);
        int v = index.bucket[j * index.nx + i];
        return v >= -1 ? v : index.walkRecord(-2 - v, x, y, i, j);
    }

    private static Map<String, Geometry> ids(List<Polygon> cells) {
        Map<String, Geometry> grids = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            grids.put(SyntheticCity.id(i), cells.get(i));
        }
        return grids;
    }
}
