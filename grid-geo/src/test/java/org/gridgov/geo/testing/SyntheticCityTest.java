package org.gridgov.geo.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class SyntheticCityTest {

    @Test
    void cellsFormACleanCoverageOfTheExtent() {
        SyntheticCity city = SyntheticCity.generate(2_000, 7);
        List<Polygon> cells = city.cells();
        Geometry[] coverage = cells.toArray(new Geometry[0]);

        assertThat(cells).hasSize(2_000).allMatch(Geometry::isValid);
        assertThat(CoverageValidator.validate(coverage)).allMatch(g -> g == null);
        assertThat(CoverageGapFinder.findGaps(coverage, 1.0).isEmpty()).isTrue();
        double total = cells.stream().mapToDouble(Geometry::getArea).sum();
        assertThat(total).isCloseTo(city.extent().getArea(), org.assertj.core.data.Percentage.withPercentage(1e-6));
        double vertices =
                cells.stream().mapToInt(c -> c.getNumPoints() - 1).average().orElseThrow();
        assertThat(vertices).isBetween(5.5, 7.5);
    }

    @Test
    void sameSeedSameCity() {
        assertThat(SyntheticCity.generate(300, 1).cells())
                .isEqualTo(SyntheticCity.generate(300, 1).cells());
    }
}
