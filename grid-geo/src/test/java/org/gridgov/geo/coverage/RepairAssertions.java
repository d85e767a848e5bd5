package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** What every repair must show: each grid keeps 98% of its fixed area, the union only grows by the gaps filled. */
final class RepairAssertions {
    private RepairAssertions() {}

    /** Planar areas: for metres input, or for relative comparisons of lon/lat input. */
    static void keepsGroundAndFillsOnlyGaps(List<Boundary> input, RepairResult result, double slack) {
        keepsGroundAndFillsOnlyGaps(null, input, result, slack);
    }

    /** As above, the fixed areas taken inside {@code parent} when there is one. */
    static void keepsGroundAndFillsOnlyGaps(Geometry parent, List<Boundary> input, RepairResult result, double slack) {
        List<Geometry> fixedParts = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Geometry in = input.get(i).geometry();
            Geometry fixed = in.isValid() ? in : org.locationtech.jts.geom.util.GeometryFixer.fix(in);
            if (parent != null) {
                fixed = OverlayNGRobust.overlay(fixed, parent, OverlayNG.INTERSECTION);
            }
            fixedParts.add(fixed);
            Geometry out = result.grids().get(i).geometry();
            assertThat(result.grids().get(i).id()).isEqualTo(input.get(i).id());
            assertThat(out.getArea())
                    .as("grid %s keeps 98%% of its fixed area", input.get(i).id())
                    .isGreaterThanOrEqualTo(0.98 * fixed.getArea());
        }
        Geometry before = OverlayNGRobust.union(fixedParts);
        List<Geometry> outParts = new ArrayList<>();
        result.grids().forEach(b -> outParts.add(b.geometry()));
        Geometry after = OverlayNGRobust.union(outParts);
        double uncovered =
                OverlayNGRobust.overlay(before, after, OverlayNG.DIFFERENCE).getArea();
        assertThat(uncovered).as("input ground the output no longer covers").isLessThanOrEqualTo(slack);
        double filled = result.changes().stream()
                .flatMap(c -> c.gained().stream())
                .mapToDouble(t -> t.geometry().getArea())
                .sum();
        double snapped = result.changes().stream()
                .mapToDouble(c -> Math.max(0, c.snappedM2()))
                .sum();
        assertThat(snapped).as("ground moved by snapping").isLessThanOrEqualTo(0.001 * before.getArea());
        assertThat(after.getArea() - before.getArea())
                .as("growth of the union")
                .isLessThanOrEqualTo(filled + snapped + slack);
    }
}
