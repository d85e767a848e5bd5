package org.gridgov.examples.simulate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.place.Position;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.routing.Severity;

/**
 * Grid workers on patrol who find a small matter and fix it on the spot (即知即改, seed 000): the
 * worker of the grid records it in one call with the photos before and after as evidence. Fix
 * {@code n} of a run depends only on the seed and {@code n}, so a resumed run records the same
 * fixes (once each, by external id).
 */
final class Patrols {
    private final long seed;
    private final SampleDistrict district;
    private final List<AreaCode> grids;
    private final List<Category> categories;

    Patrols(long seed, SampleDistrict district) {
        this.seed = seed;
        this.district = district;
        this.grids = List.copyOf(new TreeSet<>(district.homes().keySet()));
        this.categories = district.policies().taxonomy().categories().stream()
                .filter(c -> c.duty() != null)
                .toList();
    }

    /**
     * A fix: the report, the grid it is found in and the evidence references.
     *
     * @param report the matter found, reported by the worker on patrol
     * @param grid the grid of the worker who fixes it
     * @param evidence the photos' references
     */
    record Fix(MatterReport report, AreaCode grid, List<String> evidence) {}

    /** Fix {@code n}. */
    Fix fix(long n) {
        SplittableRandom r = Seeds.random(seed, "fix", n);
        AreaCode grid = grids.get(r.nextInt(grids.size()));
        List<Position> homes = district.homes().get(grid);
        Position place = homes.get(r.nextInt(homes.size()));
        Category category = categories.get(r.nextInt(categories.size()));
        String ref = "fix-" + seed + "-" + n;
        MatterReport report = MatterReport.builder()
                .channel(SourceChannel.GRID_PATROL)
                .category(category.code())
                .location(Location.at(place.x(), place.y(), "WGS84"))
                .severity(Severity.LOW)
                .description(category.nameZh() + "小问题, 现场已处理")
                .externalId(ref)
                .build();
        return new Fix(report, grid, List.of("photo:" + ref + "-before", "photo:" + ref + "-after"));
    }
}
