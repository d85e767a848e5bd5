package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.geo.testing.DefectPlanter;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic cities with every kind of defect planted: repaired, they check clean; repaired again, nothing changes. */
class CoverageRepairRandomizedTest {
    private static final RepairOptions OPTIONS = RepairOptions.defaults();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {181, 182, 183, 184})
    void plantedDefectsAreRepairedAndRepairIsIdempotent(long seed) {
        SyntheticCity city = SyntheticCity.generate(300, seed);
        Boundary parent = Boundary.of("city", city.extent());
        DefectPlanter.Result planted = DefectPlanter.plant(city.cells(), 3, seed);
        List<Boundary> grids = CoverageRandomizedTest.boundaries(planted.cells());
        assertThat(planted.planted()).hasSize(3 * DefectPlanter.Kind.values().length);
        assertThat(CoverageCheck.defaults().check(parent, grids).findings()).isNotEmpty();

        RepairResult once = CoverageRepair.repair(parent, grids, OPTIONS);

        assertThat(once.remaining().findings()).isEmpty();
        assertThat(CoverageCheck.defaults().check(parent, once.grids()).findings())
                .isEmpty();
        assertThat(once.changes())
                .extracting(GridChange::id)
                .contains(SyntheticCity.id(planted.planted().get(0).cell()));
        RepairAssertions.keepsGroundAndFillsOnlyGaps(parent.geometry(), grids, once, 1e-6);

        RepairResult twice = CoverageRepair.repair(parent, once.grids(), OPTIONS);

        assertThat(twice.changes()).isEmpty();
        assertThat(twice.grids()).isEqualTo(once.grids());
    }
}
