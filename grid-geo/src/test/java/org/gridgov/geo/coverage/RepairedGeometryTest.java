package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.testing.Wkt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Invalid boundaries do not hide the overlaps and gaps they take part in: each invalid area is
 * reported as {@code INVALID_GEOMETRY} with JTS's reason and then checked as JTS's repair of it
 * ({@code GeometryFixer}); the findings it takes part in are marked {@code repaired}.
 */
class RepairedGeometryTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void aBowtieIsCheckedAsItsTwoTrianglesAndItsOverlapIsFound() {
        Geometry bowtie = Wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        Geometry square = Wkt.read("POLYGON ((8 2, 12 2, 12 8, 8 8, 8 2))");
        CoverageReport report =
                CoverageCheck.defaults().check(List.of(Boundary.of("A", bowtie), Boundary.of("B", square)));

        assertThat(report.findings(Kind.INVALID_GEOMETRY))
                .singleElement()
                .satisfies(f -> assertThat(f.ids()).containsExactly("A"))
                .satisfies(f -> assertThat(f.geometry()).isEqualTo(bowtie));
        CoverageFinding overlap = report.findings(Kind.OVERLAP).get(0);
        assertThat(report.findings(Kind.OVERLAP)).hasSize(1);
        assertThat(overlap.ids()).containsExactly("A", "B");
        assertThat(overlap.repaired()).isTrue();
        double expected = GeometryFixer.fix(bowtie).intersection(square).getArea(); // JTS: 16 - 4 = 12
        assertThat(overlap.areaM2()).isCloseTo(expected, within(1e-9)).isCloseTo(12.0, within(1e-9));
        assertThat(overlap.message()).contains("on repaired geometry");
        assertThat(report.toJson()).contains("\"repaired\":true");
        assertThat(report.toText()).contains("[on repaired geometry]");
    }

    @Test
    void theTrianglesABowtieLeavesOpenAreGapsNextToIt() {
        Boundary parent = Boundary.of("P", Wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
        CoverageReport report = CoverageCheck.defaults()
                .check(parent, List.of(Boundary.of("A", Wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"))));

        assertThat(report.findings(Kind.GAP)).hasSize(2).allSatisfy(gap -> {
            assertThat(gap.ids()).containsExactly("A");
            assertThat(gap.areaM2()).isCloseTo(25.0, within(1e-9));
            assertThat(gap.repaired()).isTrue();
        });
    }

    @Test
    void findingsAmongValidAreasAreNotMarked() {
        CoverageReport report = CoverageCheck.defaults()
                .check(List.of(
                        Boundary.of("A", Wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")),
                        Boundary.of("C", Wkt.read("POLYGON ((100 0, 120 0, 120 20, 100 20, 100 0))")),
                        Boundary.of("D", Wkt.read("POLYGON ((110 0, 130 0, 130 20, 110 20, 110 0))"))));

        assertThat(report.findings(Kind.OVERLAP)).singleElement().satisfies(f -> {
            assertThat(f.ids()).containsExactly("C", "D");
            assertThat(f.repaired()).isFalse();
            assertThat(f.areaM2()).isCloseTo(200.0, within(1e-9));
        });
        assertThat(report.toJson()).doesNotContain("repaired");
    }

    /**
     * A row of 40 neighbouring areas, each reaching a random depth into the next, a seeded random
     * half of them invalid (a spike drawn out of the top side and back): every overlap is found
     * with its area, the ones with an invalid side marked, as it would be with no invalid area.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void overlapsAmongFortyInvalidAreasAreAllFound(long seed) {
        Random random = new Random(seed);
        int n = 40;
        double[] depth = new double[n];
        boolean[] invalid = new boolean[n];
        List<Boundary> areas = new ArrayList<>();
        int invalidCount = 0;
        for (int i = 0; i < n; i++) {
            depth[i] = i + 1 < n ? 5 + random.nextInt(2_500) / 100.0 : 0;
            invalid[i] = random.nextBoolean() || i == 0 || i == 1;
            invalidCount += invalid[i] ? 1 : 0;
            Geometry area = area(i, depth[i], invalid[i], random);
            assertThat(new IsValidOp(area).isValid()).isEqualTo(!invalid[i]);
            areas.add(Boundary.of(String.format("c%02d", i), area));
        }

        CoverageReport report = CoverageCheck.defaults().check(areas);

        assertThat(report.findings(Kind.INVALID_GEOMETRY)).hasSize(invalidCount);
        List<CoverageFinding> overlaps = report.findings(Kind.OVERLAP);
        assertThat(overlaps).hasSize(n - 1);
        for (int i = 0; i + 1 < n; i++) {
            CoverageFinding f = overlaps.get(i);
            assertThat(f.ids()).containsExactly(String.format("c%02d", i), String.format("c%02d", i + 1));
            assertThat(f.areaM2()).isCloseTo(depth[i] * 100, within(1e-6));
            assertThat(f.repaired()).isEqualTo(invalid[i] || invalid[i + 1]);
        }
        assertThat(report.findings())
                .extracting(CoverageFinding::kind)
                .containsOnly(Kind.INVALID_GEOMETRY, Kind.OVERLAP);
    }

    /** Area {@code i}: 100 m square at x = 100 i, widened by {@code depth} into the next; a spike if invalid. */
    private static Geometry area(int i, double depth, boolean invalid, Random random) {
        double x0 = 100.0 * i;
        double x1 = x0 + 100 + depth;
        List<Coordinate> ring = new ArrayList<>(List.of(new Coordinate(x0, 0), new Coordinate(x1, 0)));
        ring.add(new Coordinate(x1, 100));
        if (invalid) {
            double xm = x0 + 10 + random.nextInt(80);
            ring.add(new Coordinate(xm, 100));
            ring.add(new Coordinate(xm, 100 + 10 + random.nextInt(40)));
            ring.add(new Coordinate(xm, 100));
        }
        ring.add(new Coordinate(x0, 100));
        ring.add(new Coordinate(x0, 0));
        return FACTORY.createPolygon(ring.toArray(new Coordinate[0]));
    }
}
