package org.gridgov.geo.geojson;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.geo.coverage.AcceptedFinding;
import org.gridgov.geo.coverage.Boundary;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageFinding;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageRepair;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.coverage.GridChange;
import org.gridgov.geo.coverage.PlacePoint;
import org.gridgov.geo.coverage.Repair;
import org.gridgov.geo.coverage.RepairOptions;
import org.gridgov.geo.coverage.RepairResult;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.layers.CrosswalkRow;
import org.gridgov.geo.layers.LayerFinding;
import org.gridgov.geo.layers.LayerRecord;
import org.gridgov.geo.layers.MergeOptions;
import org.gridgov.geo.layers.RehomedRecord;
import org.gridgov.geo.layers.UnifiedLayerProposal;
import org.gridgov.geo.locate.NearestGrid;
import org.gridgov.geo.reach.AreaReach;
import org.gridgov.geo.reach.HomeReach;
import org.gridgov.geo.reach.ReachOptions;
import org.gridgov.geo.reach.Site;
import org.gridgov.geo.reach.SuggestedSite;
import org.gridgov.jsonscan.JsonScanContract;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Every value type grid-geo's exported packages return is JSON, geometries included (as GeoJSON
 * geometry objects through {@link GeometryJson}): the scan finds them all, and each example here,
 * most of them taken from a real coverage check and repair, round-trips through
 * {@code GridJson.mapper()}.
 */
class GeoJsonScanTest extends JsonScanContract {

    @Override
    protected Class<?> anchor() {
        return GeoJsonReader.class;
    }

    @Override
    protected Map<Class<?>, Object> examples() {
        CoverageOptions metres = new CoverageOptions(Units.METRES, 0.01, 0.5, List.of());
        Boundary parent = Boundary.of("P", wkt("POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))"));
        Boundary a = Boundary.of("A", wkt("POLYGON ((0 0, 110 0, 110 100, 0 100, 0 0))"));
        Boundary b = Boundary.of("B", wkt("POLYGON ((100 0, 190 0, 190 100, 100 100, 100 0))"));
        CoverageReport report = CoverageCheck.of(metres).check(parent, List.of(a, b));
        CoverageFinding finding = report.findings().get(0);
        RepairResult repaired = CoverageRepair.repair(parent, List.of(a, b), new RepairOptions(metres, 0.01, 50));
        GridChange change = repaired.changes().stream()
                .filter(c -> !c.gained().isEmpty() || !c.lost().isEmpty())
                .findFirst()
                .orElseThrow();
        GridChange.Transfer transfer = change.gained().isEmpty()
                ? change.lost().get(0)
                : change.gained().get(0);
        GeoJsonFeature feature = GeoJsonFeature.of("A", a.geometry(), Map.of("name", "贺家弄第一网格"));
        GeoJsonProblem problem =
                new GeoJsonProblem(GeoJsonProblem.Kind.MISSING_ID, 3, "", "$.features[3].id", "is present", "absent");
        LayerRecord record = new LayerRecord("R-1", "police", "PS-07", 12.5, 40.0);
        LayerFinding layerFinding = new LayerFinding(
                LayerFinding.Kind.STRADDLES_BASE, "police", "PS-07", List.of("A", "B"), 1000.0, "two grids");
        Site home = Site.of("H-1", 119.4521, 32.2043);
        return Map.ofEntries(
                entry(AcceptedFinding.class, AcceptedFinding.of(CoverageFinding.Kind.GAP, Set.of("A", "B"), "river")),
                entry(Boundary.class, a),
                entry(CoverageFinding.class, finding),
                entry(CoverageOptions.class, metres),
                entry(CoverageReport.class, report),
                entry(GridChange.class, change),
                entry(GridChange.Transfer.class, transfer),
                entry(PlacePoint.class, PlacePoint.of("B-0001", "A", 50, 50)),
                entry(Repair.class, new Repair(finding, Optional.of("A"), Optional.of("B"), 100)),
                entry(RepairOptions.class, RepairOptions.defaults()),
                entry(RepairResult.class, repaired),
                entry(LonLat.class, new LonLat(119.4521, 32.2043)),
                entry(GeoJsonFeature.class, feature),
                entry(GeoJsonFeatures.class, new GeoJsonFeatures("grids.geojson", List.of(feature), List.of(problem))),
                entry(GeoJsonProblem.class, problem),
                entry(GeoJsonReader.Options.class, new GeoJsonReader.Options(Optional.of("code"))),
                entry(CrosswalkRow.class, new CrosswalkRow("police", "PS-07", "A", 1000.0, 0.25, 0.1)),
                entry(LayerFinding.class, layerFinding),
                entry(LayerRecord.class, record),
                entry(MergeOptions.class, MergeOptions.defaults()),
                entry(RehomedRecord.class, new RehomedRecord(record, Optional.of("A"), true)),
                entry(
                        UnifiedLayerProposal.Result.class,
                        new UnifiedLayerProposal.Result(List.of(feature), List.of(layerFinding))),
                entry(NearestGrid.class, new NearestGrid("A", 12.5)),
                entry(AreaReach.class, new AreaReach("A", 10, 9)),
                entry(HomeReach.class, new HomeReach(home, Optional.of("S-1"), 800.0, 2.5, true)),
                entry(ReachOptions.class, ReachOptions.defaults()),
                entry(Site.class, home),
                entry(SuggestedSite.class, new SuggestedSite("H-1", 119.4521, 32.2043, List.of("A"))));
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
