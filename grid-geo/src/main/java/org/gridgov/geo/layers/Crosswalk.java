package org.gridgov.geo.layers;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.geo.locate.GridLocator;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@link LayerMerge} found: one {@link CrosswalkRow} per overlapping departmental feature and
 * base grid (layers in the order given, features in file order, base grids in file order), and the
 * {@link LayerFinding}s. Re-homes departmental records to base grids. Immutable, thread-safe.
 */
public final class Crosswalk {
    private final MergeOptions options;
    private final List<String> baseIds;
    private final List<Geometry> baseGeometries;
    private final List<CrosswalkRow> rows;
    private final List<LayerFinding> findings;

    Crosswalk(
            MergeOptions options,
            List<String> baseIds,
            List<Geometry> baseGeometries,
            List<CrosswalkRow> rows,
            List<LayerFinding> findings) {
        this.options = requireNonNull(options, "options");
        this.baseIds = List.copyOf(baseIds);
        this.baseGeometries = List.copyOf(baseGeometries);
        this.rows = List.copyOf(rows);
        this.findings = List.copyOf(findings);
    }

    /** One row per overlapping pair. */
    public List<CrosswalkRow> rows() {
        return rows;
    }

    /** Straddles, uncovered base grids, parts outside the base, repairs and unusable features. */
    public List<LayerFinding> findings() {
        return findings;
    }

    /** True when there are no findings. */
    public boolean clean() {
        return findings.isEmpty();
    }

    /** The rows of one departmental feature. */
    public List<CrosswalkRow> rowsOf(String layer, String layerId) {
        return rows.stream()
                .filter(r -> r.layer().equals(layer) && r.layerId().equals(layerId))
                .toList();
    }

    /**
     * Each record's base grid: the one its point lies in by the locator's half-open rule (a point on a
     * shared border gets exactly one grid), and whether the crosswalk pairs it with the record's
     * feature.
     */
    public List<RehomedRecord> rehome(List<LayerRecord> records) {
        Map<String, Geometry> grids = new LinkedHashMap<>();
        for (int i = 0; i < baseIds.size(); i++) {
            grids.put(i + "#" + baseIds.get(i), baseGeometries.get(i));
        }
        GridLocator locator =
                GridLocator.builder().grids(grids).units(options.units()).build();
        Set<String> pairs = new HashSet<>();
        for (CrosswalkRow r : rows) {
            pairs.add(key(r.layer(), r.layerId(), r.baseId()));
        }
        List<RehomedRecord> out = new ArrayList<>(records.size());
        for (LayerRecord r : records) {
            var base = locator.locate(r.x(), r.y()).map(k -> k.substring(k.indexOf('#') + 1));
            boolean consistent = base.isPresent() && pairs.contains(key(r.layer(), r.layerId(), base.get()));
            out.add(new RehomedRecord(r, base, consistent));
        }
        return out;
    }

    private static String key(String layer, String layerId, String baseId) {
        return layer.length() + ":" + layer + layerId.length() + ":" + layerId + baseId;
    }
}
