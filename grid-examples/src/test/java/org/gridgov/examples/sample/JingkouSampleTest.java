package org.gridgov.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class JingkouSampleTest {
    private static final Path DIVISIONS = Path.of(System.getProperty("grid.data"), "zhenjiang-divisions.json");

    @Test
    void theCommittedSampleFilesAreWhatTheGeneratorMakesFromTheRealDivisions() throws IOException {
        Map<String, String> files = SampleFiles.render(JingkouSample.generate(DIVISIONS));
        assertThat(files.keySet()).containsExactlyElementsOf(SampleFiles.NAMES);
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).isEqualTo(Files.readString(Path.of("samples", f.getKey())));
        }
    }

    @Test
    void everyLevelCoversItsParentExactlyAndEveryPlaceButOneLiesInItsGrid() throws IOException {
        JingkouSample.Sample sample = JingkouSample.generate(DIVISIONS);
        GridPlan plan = sample.file().plan();
        Map<AreaCode, Geometry> boundaries = sample.boundaries();
        assertThat(boundaries).hasSize(plan.areas().size());
        for (Area parent : plan.areas()) {
            List<Area> children = plan.children(parent.code());
            if (children.isEmpty()) {
                continue;
            }
            Geometry[] cells =
                    children.stream().map(c -> boundaries.get(c.code())).toArray(Geometry[]::new);
            assertThat(CoverageValidator.validate(cells))
                    .as("children of %s match edge for edge", parent.code())
                    .allMatch(g -> g == null);
            Geometry union = CoverageUnion.union(cells);
            assertThat(union.equalsExact(boundaries.get(parent.code())))
                    .as("children of %s cover it", parent.code())
                    .isTrue();
        }
        GeometryFactory factory = new GeometryFactory();
        for (Place place : plan.places()) {
            Position at = place.location().orElseThrow();
            boolean inOwnGrid =
                    boundaries.get(place.grid()).contains(factory.createPoint(new Coordinate(at.x(), at.y())));
            assertThat(inOwnGrid).as(place.id()).isEqualTo(!place.id().equals(JingkouSample.MISPLACED_PLACE));
        }
    }

    @Test
    void theSampleHasJingkousRealStreetsAndCommunities() throws IOException {
        GridPlan plan = JingkouSample.generate(DIVISIONS).file().plan();
        // Jingkou (321102) has 8 street-level units and 61 communities (grid-examples/data/README.md).
        assertThat(plan.areas(AreaLevel.STREET)).hasSize(8);
        assertThat(plan.areas(AreaLevel.COMMUNITY)).hasSize(61);
        assertThat(plan.area(AreaCode.parse("321102001001")).name()).isEqualTo("贺家弄社区居委会");
        assertThat(plan.totals(JingkouSample.JINGKOU).places())
                .isEqualTo(plan.places().size());
        assertThat(PlanFile.read(Path.of("samples/jingkou.plan.json")).plan().grids())
                .hasSize(plan.grids().size());
    }
}
