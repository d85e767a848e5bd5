package org.gridgov.geo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.geo.coverage.Boundary;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageRepair;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.coverage.RepairOptions;
import org.gridgov.geo.coverage.RepairResult;
import org.gridgov.geo.testing.DefectPlanter;
import org.gridgov.geo.testing.SyntheticCity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Repair of a synthetic city of 100,000 grids with 300 planted defects (50 each of overlap, gap,
 * near-coincident border, bow-tie, spike and part outside the parent), against the coverage
 * check alone of the same grids in the same run (the baseline: a repair checks at least twice).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageRepairBenchmark {

    /** The city with its defects, and its parent. */
    @State(Scope.Benchmark)
    public static class City {
        @Param({"100000"})
        public int grids;

        Boundary parent;
        List<Boundary> boundaries;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticCity city = SyntheticCity.generate(grids, 42);
            DefectPlanter.Result planted = DefectPlanter.plant(city.cells(), 50, 42);
            parent = Boundary.of("city", city.extent());
            boundaries = new ArrayList<>(grids);
            for (int i = 0; i < planted.cells().size(); i++) {
                boundaries.add(Boundary.of(SyntheticCity.id(i), planted.cells().get(i)));
            }
            RepairResult result = CoverageRepair.repair(parent, boundaries, RepairOptions.defaults());
            System.out.printf(
                    "%n%d grids, %d defects planted, findings before %s, %d grids changed, after %s, notes %s%n",
                    grids,
                    planted.planted().size(),
                    CoverageCheck.defaults().check(parent, boundaries).summary(),
                    result.changes().size(),
                    result.remaining().summary(),
                    result.notes());
        }
    }

    @Benchmark
    public CoverageReport checkAlone(City city) {
        return CoverageCheck.defaults().check(city.parent, city.boundaries);
    }

    @Benchmark
    public RepairResult repair(City city) {
        return CoverageRepair.repair(city.parent, city.boundaries, RepairOptions.defaults());
    }
}
