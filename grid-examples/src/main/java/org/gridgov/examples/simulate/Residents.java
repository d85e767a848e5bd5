package org.gridgov.examples.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.Purpose;
import org.gridgov.core.place.Position;
import org.gridgov.core.register.Field;
import org.gridgov.core.register.RegisterOffice;
import org.gridgov.core.register.Resident;
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
 * run depends only on the seed and {@code n}, so a resumed run sends the same reports. The senders
 * are residents of the district's register (issue 14): a report names its sender's register id,
 * and the grid worker who takes it in reads the sender's name and phone from the register through
 * the audited reveal, within their own grid. Residents send their phones' GCJ-02 coordinates (as
 * WeChat does), a few metres from a place of their grid. Nothing personal is ever printed.
 */
final class Residents {
    /** Why the register is read at intake. */
    static final Purpose INTAKE = Purpose.of("matter.intake");

    private static final SourceChannel[] CHANNELS = {
        SourceChannel.WECHAT_GROUP, SourceChannel.WECHAT_GROUP, SourceChannel.WECHAT_GROUP,
        SourceChannel.GRID_PATROL, SourceChannel.GRID_PATROL, SourceChannel.HOTLINE_12345
    };

    private final long seed;
    private final List<AreaCode> grids;
    private final SampleDistrict district;
    private final List<Category> categories;
    private final RegisterOffice register;
    private final Function<AreaCode, String> worker;
    private final Map<AreaCode, List<String>> senders = new TreeMap<>();

    /**
     * Residents of {@code district}, read from its register through {@code register} (one audited
     * listing by the district's intake desk); {@code worker} names the grid worker who takes in a
     * grid's reports.
     */
    Residents(long seed, SampleDistrict district, RegisterOffice register, Function<AreaCode, String> worker) {
        this.seed = seed;
        this.district = district;
        this.register = register;
        this.worker = worker;
        AreaCode root = district.plan().root().code();
        for (Resident r : register.residents(Actor.officer("district-intake", root), root, INTAKE)) {
            if (r.phone().isPresent() && district.homes().containsKey(r.grid())) {
                senders.computeIfAbsent(r.grid(), g -> new ArrayList<>()).add(r.id());
            }
        }
        senders.values().forEach(ids -> ids.sort(null)); // register id order, the same in every JVM
        this.grids = new ArrayList<>(senders.keySet()); // code order
        if (grids.isEmpty()) {
            throw new InvalidInputException(
                    "register", "a simulated district registers residents with a phone in its located grids", 0);
        }
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

    /** Report {@code n}; its sender's name and phone read from the register by the grid's worker. */
    Sent report(long n) {
        SplittableRandom r = Seeds.random(seed, "report", n);
        AreaCode grid = grids.get(r.nextInt(grids.size()));
        List<String> ids = senders.get(grid);
        String sender = ids.get(r.nextInt(ids.size()));
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
        SourceChannel channel = CHANNELS[r.nextInt(CHANNELS.length)];
        Actor intake = Actor.gridWorker(worker.apply(grid), grid);
        MatterReport report = MatterReport.builder()
                .channel(channel)
                .category(category.code())
                .location(Location.at(sent.lon(), sent.lat(), "GCJ-02"))
                .severity(severity)
                .reporter(new Reporter(
                        register.reveal(intake, sender, Field.NAME, INTAKE),
                        register.reveal(intake, sender, Field.PHONE, INTAKE)))
                .reporterId(sender)
                .description(category.nameZh() + "问题, 请网格员处理")
                .externalId(externalId(n))
                .build();
        return new Sent(report, grid);
    }
}
