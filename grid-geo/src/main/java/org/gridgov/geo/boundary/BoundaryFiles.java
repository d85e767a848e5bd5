package org.gridgov.geo.boundary;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonProblem;
import org.locationtech.jts.geom.Geometry;

/**
 * Attaches boundaries read from GeoJSON files to a plan: each feature's id (or id property) is
 * an area code of the plan.
 *
 * <pre>{@code
 * GeoJsonReader reader = GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"));
 * BoundedPlan bounded = BoundaryFiles.attach(plan, reader.readFile(grids), reader.readFile(areas));
 * }</pre>
 *
 * <p>Strict, because a plan's geometry must be trusted: a reader problem, an id that is not an
 * area code, a code the plan does not have, or a code drawn twice is rejected with an
 * {@link InvalidInputException} naming the file, the feature's JSON path, the rule and the value.
 * Run the coverage check on the result for everything else.
 */
public final class BoundaryFiles {
    private BoundaryFiles() {}

    /** The plan with the boundaries of these files. */
    public static BoundedPlan attach(GridPlan plan, GeoJsonFeatures... files) {
        requireNonNull(plan, "plan");
        Map<AreaCode, Geometry> boundaries = new LinkedHashMap<>();
        Map<AreaCode, String> drawnAt = new LinkedHashMap<>();
        for (GeoJsonFeatures file : files) {
            if (!file.problems().isEmpty()) {
                GeoJsonProblem p = file.problems().get(0);
                throw new InvalidInputException(file.source() + ":" + p.path(), p.rule(), p.value());
            }
            for (GeoJsonFeature f : file.features()) {
                String where = file.source() + ":" + f.path();
                AreaCode code;
                try {
                    code = AreaCode.parse(f.id());
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(
                            where + ".id", "a boundary's id is an area code (" + e.rule() + ")", f.id());
                }
                if (plan.findArea(code).isEmpty()) {
                    throw new InvalidInputException(where + ".id", "names an area of the plan", f.id());
                }
                String earlier = drawnAt.putIfAbsent(code, where);
                if (earlier != null) {
                    throw new InvalidInputException(
                            where + ".id", "an area is drawn once (already at " + earlier + ")", f.id());
                }
                boundaries.put(code, f.geometry());
            }
        }
        return BoundedPlan.of(plan, boundaries);
    }
}
