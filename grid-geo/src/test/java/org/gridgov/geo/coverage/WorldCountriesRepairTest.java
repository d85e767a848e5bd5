package org.gridgov.geo.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.geo.coverage.CoverageFinding.Kind;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The real, dirty world file (invalid rings, overlaps and unmatched borders from quantized
 * TopoJSON arcs) repaired among itself: it finishes, and what remains needs a person - shared
 * ids and seas and lakes far wider than 10 m. About twice the time of the check (one repair for
 * the class: it is the point of the test).
 */
class WorldCountriesRepairTest {
    private static List<Boundary> countries;
    private static RepairResult result;

    @BeforeAll
    static void repair() {
        GeoJsonFeatures world = GeoJsonReader.of(
                        GeoJsonReader.Options.defaults().withIdProperty("code"))
                .readFile(Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson"));
        countries = new ArrayList<>();
        for (GeoJsonFeature f : world.features()) {
            countries.add(Boundary.of(f.id(), f.geometry()));
        }
        result = CoverageRepair.repair(countries, RepairOptions.defaults().withUnits(Units.LON_LAT));
    }

    @Test
    void onlyWhatNeedsAPersonRemains() {
        CoverageReport before = CoverageCheck.of(CoverageOptions.defaults().withUnits(Units.LON_LAT))
                .check(countries);
        assertThat(before.summary()).containsKeys(Kind.INVALID_GEOMETRY, Kind.OVERLAP);

        assertThat(result.remaining().summary()).containsOnlyKeys(Kind.DUPLICATE_ID, Kind.GAP);
        assertThat(result.remaining().findings(Kind.GAP))
                .allSatisfy(gap -> assertThat(
                                Measure.width(gap.areaM2(), Measure.length(gap.geometry(), Units.LON_LAT)))
                        .isGreaterThan(10.0));
        assertThat(result.changes()).anySatisfy(c -> assertThat(c.madeValid()).isTrue());
    }

    @Test
    void everyCountryKeeps98PercentOfItsFixedAreaAndTheWorldGrowsOnlyByGapsFilled() {
        double fixed = 0;
        double out = 0;
        double gained = 0;
        for (int i = 0; i < countries.size(); i++) {
            Geometry in = countries.get(i).geometry();
            Geometry f = in.isValid() ? in : GeometryFixer.fix(in);
            Geometry repaired = result.grids().get(i).geometry();
            fixed += f.getArea();
            out += repaired.getArea();
        }
        for (GridChange c : result.changes()) {
            assertThat(c.areaOutM2()).as(c.id()).isGreaterThanOrEqualTo(0.98 * c.fixedAreaM2());
            gained +=
                    c.gained().stream().mapToDouble(t -> t.geometry().getArea()).sum();
        }
        // planar areas in square degrees: a ring around a pole has no ambiguous ellipsoidal area here;
        // overlaps are counted in both countries before and in one after, so the sum only shrinks by them
        assertThat(out - fixed).isLessThanOrEqualTo(gained + 1e-9 * fixed);
    }
}
