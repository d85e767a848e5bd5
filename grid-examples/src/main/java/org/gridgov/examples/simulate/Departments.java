package org.gridgov.examples.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Position;
import org.gridgov.workflow.admission.AdmittedItem;
import org.gridgov.workflow.calendar.CalendarRangeException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.time.WorkingTime;
import org.gridgov.workflow.whistle.Department;
import org.gridgov.workflow.whistle.Summons;

/**
 * The departments of a simulated district (seed 002, 网格吹哨、部门报到; seed 001, the admission gate):
 * the street or district blows the whistle on a matter routed to a joint or tough whistle; each
 * summoned department reports in (70%), refuses with a reason (12%) or does not show (18%, the
 * office records the no-show when its limit passes and escalates); departments push tasks down to
 * the grids, most as a standard duty, some that the gate refuses (a task under another duty, a
 * matter of no grid duty, an admitted item outside its validity or areas). Like {@link Staff}, a
 * decision depends only on the seed, the matter and what its history holds, so a resumed run
 * decides the same.
 */
final class Departments {
    private final long seed;
    private final SampleDistrict district;
    private final List<Category> duties;
    private final List<Category> noDuty;

    Departments(long seed, SampleDistrict district) {
        this.seed = seed;
        this.district = district;
        List<Category> all = district.policies().taxonomy().categories();
        this.duties = all.stream().filter(c -> c.duty() != null).toList();
        this.noDuty = all.stream().filter(c -> c.duty() == null).toList();
    }

    /** What a department side does next on a matter. */
    enum Kind {
        /** The street or district blows the whistle. */
        SUMMON,
        /** A summoned department reports in. */
        CHECK_IN,
        /** A summoned department refuses, with its reason. */
        DECLINE
    }

    /**
     * One whistle move.
     *
     * @param at when
     * @param kind what
     * @param matter on which matter
     * @param actor who records it
     * @param department the department answering ({@code null} for a summons)
     */
    record Move(Instant at, Kind kind, Matter matter, String actor, String department) {}

    /**
     * The next whistle move on an open matter: the whistle, once per matter routed to a joint or
     * tough whistle whose category a department owns, 30 to 150 working minutes after it was so
     * routed; then each pending summons' answer, within the department's limit, or none (a no-show).
     * Nothing once the matter is resolved: the lifecycle takes no whistle then.
     */
    Optional<Move> next(Matter m, MatterHistory history) {
        Whistle whistle = m.routing().map(Routing::whistle).orElse(Whistle.ROUTINE);
        if (whistle == Whistle.ROUTINE
                || m.state() == State.REPORTED
                || district.departments().owning(m.category().code()).isEmpty()) {
            return Optional.empty();
        }
        List<Summons> summonses = Summons.of(history);
        if (summonses.isEmpty() && Lifecycle.target(m.state(), Action.SUMMON).isPresent()) {
            Instant routed = history.transitions().get(0).at();
            for (Transition t : history.transitions()) {
                if (t.routingIfAny().isPresent() || t.action() == Action.REGISTER) {
                    routed = t.at();
                }
            }
            SplittableRandom r = Seeds.random(seed, "whistle", m.id().toString(), 0);
            return Optional.of(
                    new Move(working(routed, 30 + r.nextInt(120)), Kind.SUMMON, m, blower(m, whistle), null));
        }
        for (Summons s : summonses) {
            if (s.status() != Summons.Status.PENDING
                    || Lifecycle.target(m.state(), Action.CHECK_IN).isEmpty()) {
                continue;
            }
            SplittableRandom r = Seeds.random(seed, "answer/" + s.department(), m.id().toString(), s.round());
            double x = r.nextDouble();
            if (x >= 0.82) {
                continue; // a no-show: the office records it when the limit passes
            }
            long window = Duration.between(s.summonedAt(), s.due()).toSeconds();
            Instant at = s.summonedAt().plusSeconds(1 + (long) (r.nextDouble() * 0.9 * Math.max(1, window - 1)));
            String actor = s.department() + "-duty";
            return Optional.of(new Move(at, x < 0.70 ? Kind.CHECK_IN : Kind.DECLINE, m, actor, s.department()));
        }
        return Optional.empty();
    }

    /** Who blows the whistle: the street's office for a joint whistle, the district's for a tough one. */
    private static String blower(Matter m, Whistle whistle) {
        AreaCode a = m.area();
        while (whistle == Whistle.JOINT && a.level() != AreaLevel.STREET && a.level() != AreaLevel.DISTRICT) {
            a = a.parent();
        }
        return whistle == Whistle.JOINT ? "street:" + a : "district:office";
    }

    /**
     * Push {@code n}: a department pushes a task down to a grid. 75% are standard duties of the
     * matter's category (admitted), 10% carry another duty's code (refused: task mismatch), 7% are
     * matters of no grid duty (refused: professional), 8% an item of the admission list (admitted
     * only on its days, in its areas, from its department).
     *
     * @param admitted the office's admission list items now
     */
    Pushed push(long n, List<AdmittedItem> admitted) {
        SplittableRandom r = Seeds.random(seed, "push", n);
        List<AreaCode> grids = List.copyOf(new TreeSet<>(district.homes().keySet()));
        AreaCode grid = grids.get(r.nextInt(grids.size()));
        List<Position> homes = district.homes().get(grid);
        Position place = homes.get(r.nextInt(homes.size()));
        Category category = duties.get(r.nextInt(duties.size()));
        List<Department> departments = district.departments().departments();
        String department = departments.isEmpty()
                ? "区城市管理局"
                : departments.get(r.nextInt(departments.size())).name();
        String task = category.duty();
        double x = r.nextDouble();
        if (x >= 0.75 && x < 0.85) {
            task = duties.stream()
                    .map(Category::duty)
                    .filter(d -> !d.equals(category.duty()))
                    .findFirst()
                    .orElse("NO_SUCH_DUTY");
        } else if (x >= 0.85 && x < 0.92 && !noDuty.isEmpty()) {
            Category other = noDuty.get(r.nextInt(noDuty.size()));
            return new Pushed(report(n, other, department, task, place), grid);
        } else if (x >= 0.92 && !admitted.isEmpty()) {
            AdmittedItem item = admitted.get(r.nextInt(admitted.size()));
            return new Pushed(report(n, category, item.department(), item.code(), place), grid);
        }
        return new Pushed(report(n, category, department, task, place), grid);
    }

    /** A pushed task and the grid it is meant for. */
    record Pushed(MatterReport report, AreaCode grid) {}

    private MatterReport report(long n, Category category, String department, String task, Position place) {
        return MatterReport.builder()
                .channel(SourceChannel.DEPARTMENT_PUSH)
                .category(category.code())
                .location(Location.at(place.x(), place.y(), "WGS84"))
                .severity(Severity.LOW)
                .department(department)
                .taskCode(task)
                .description(category.nameZh() + "任务, 部门下派")
                .externalId("push-" + seed + "-" + n)
                .build();
    }

    private Instant working(Instant from, int minutes) {
        try {
            return district.calendar().deadline(from, WorkingTime.ofMinutes(minutes));
        } catch (CalendarRangeException e) {
            return from.plus(Duration.ofMinutes(minutes));
        }
    }
}
