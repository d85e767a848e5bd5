package org.gridgov.examples.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.place.Position;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.routing.Severity;

/**
 * The residents of a simulated district: who reports what, where and how. Report {@code n} of a
 * run depends only on the seed and {@code n}, so a resumed run sends the same reports. Residents
 * send their phones' GCJ-02 coordinates (as WeChat does), a few metres from a place of their grid;
 * names and phone numbers are invented and never printed.
 */
final class Residents {
    private static final SourceChannel[] CHANNELS = {
        SourceChannel.WECHAT_GROUP, SourceChannel.WECHAT_GROUP, SourceChannel.WECHAT_GROUP,
        SourceChannel.GRID_PATROL, SourceChannel.GRID_PATROL, SourceChannel.HOTLINE_12345
    };
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英";

    private final long seed;
    private final List<AreaCode> grids;
    private final SampleDistrict district;
    private final List<Category> categories;

    Residents(long seed, SampleDistrict district) {
        this.seed = seed;
        this.district = district;
        this.grids = new ArrayList<>(new TreeSet<>(district.homes().keySet())); // code order, the same in every JVM
        this.categories = district.policies().taxonomy().categories().stream()
                .filter(c -> c.duty() != null)
                .toList();
    }

    /** The external id of report {@code n}: the same in every run with this seed. */
    String externalId(long n) {
        return "sim-" + seed + "-" + n;
    }

    /** A report and the grid its sender lives in. */
    record Sent(MatterReport report, AreaCode grid) {}

    /** Report {@code n}. */
    Sent report(long n) {
        SplittableRandom r = Seeds.random(seed, "report", n);
        AreaCode grid = grids.get(r.nextInt(grids.size()));
        List<Position> homes = district.homes().get(grid);
        Position home = homes.get(r.nextInt(homes.size()));
        LonLat sent = CoordinateConverter.convert(
                CoordinateSystem.WGS84,
                CoordinateSystem.GCJ02,
                home.x() + (r.nextDouble() - 0.5) * 1e-5,
                home.y() + (r.nextDouble() - 0.5) * 1e-5);
        Category category = categories.get(r.nextInt(categories.size()));
        double s = r.nextDouble();
        Severity severity = s < 0.85 ? Severity.LOW : s < 0.97 ? Severity.MEDIUM : Severity.HIGH;
        MatterReport report = MatterReport.builder()
                .channel(CHANNELS[r.nextInt(CHANNELS.length)])
                .category(category.code())
                .location(Location.at(sent.lon(), sent.lat(), "GCJ-02"))
                .severity(severity)
                .reporter(new Reporter(name(r), "139" + String.format("%08d", r.nextInt(100_000_000))))
                .description(category.nameZh() + "问题, 请网格员处理")
                .externalId(externalId(n))
                .build();
        return new Sent(report, grid);
    }

    private static String name(SplittableRandom r) {
        return "" + SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()));
    }
}
