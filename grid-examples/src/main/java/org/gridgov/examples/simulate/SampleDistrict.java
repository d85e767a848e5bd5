package org.gridgov.examples.simulate;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.register.Register;
import org.gridgov.core.register.RegisterFile;
import org.gridgov.core.register.TagCatalogue;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.geo.boundary.BoundaryFiles;
import org.gridgov.geo.boundary.BoundedPlan;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.gridgov.geo.locate.PlanLocator;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.gridgov.workflow.office.Policies;
import org.gridgov.workflow.whistle.DepartmentDirectory;

/**
 * A district as the sample folder holds it: the plan and roster ({@code jingkou.plan.json}), the
 * grid and area boundaries ({@code jingkou.grids.geojson}, {@code jingkou.areas.geojson}) located
 * by a {@link PlanLocator}, the policies ({@code policy-*.json}, {@code sla-*.json}) and the China
 * working calendar with office hours, the department directory ({@code policy-departments.json}) and
 * the register of residents ({@code jingkou.register.json}). Immutable.
 *
 * @param plan the plan revision
 * @param boundaries the plan with its grid and area boundaries
 * @param roster the people and their posts
 * @param locator the grids' locator (GCJ-02 and BD-09 points are converted on the way in)
 * @param policies the district's policies
 * @param calendar the working calendar, with working hours
 * @param homes the located places of each active grid, in code order (where residents report from)
 * @param departments the departments whistles summon ({@code policy-departments.json}; none without
 *     the file)
 * @param register the register file of residents ({@code jingkou.register.json}), whose residents
 *     send the reports; read by {@link #readRegister()} when a simulation runs
 */
public record SampleDistrict(
        GridPlan plan,
        BoundedPlan boundaries,
        Roster roster,
        PlanLocator locator,
        Policies policies,
        WorkingCalendar calendar,
        Map<AreaCode, List<Position>> homes,
        DepartmentDirectory departments,
        Path register) {

    /** The office hours of the sample district's staff. */
    public static final WorkingHours OFFICE_HOURS = WorkingHours.parse("08:30-12:00,13:30-17:30");

    /** Checks the parts. */
    public SampleDistrict {
        requireNonNull(plan, "plan");
        requireNonNull(boundaries, "boundaries");
        requireNonNull(roster, "roster");
        requireNonNull(locator, "locator");
        requireNonNull(policies, "policies");
        requireNonNull(calendar, "calendar");
        homes = Map.copyOf(homes);
        requireNonNull(departments, "departments");
        requireNonNull(register, "register");
    }

    /** The first person posted in {@code grid} in {@code role}, if any. */
    public Optional<String> postHolder(AreaCode grid, Role role) {
        return roster.postingsIn(grid).stream()
                .filter(a -> a.role().equals(role))
                .map(Posting::person)
                .findFirst();
    }

    /**
     * Reads the district from a sample folder.
     *
     * @throws org.gridgov.core.InvalidInputException naming the file and path of anything malformed
     */
    public static SampleDistrict read(Path folder) {
        PlanFile file = PlanFile.read(folder.resolve("jingkou.plan.json"));
        Path departments = folder.resolve("policy-departments.json");
        GeoJsonReader reader = GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"));
        BoundedPlan bounded = BoundaryFiles.attach(
                file.plan(),
                reader.readFile(folder.resolve("jingkou.grids.geojson")),
                reader.readFile(folder.resolve("jingkou.areas.geojson")));
        Map<AreaCode, List<Position>> homes = new TreeMap<>();
        for (Area grid : file.plan().grids()) {
            List<Position> located = new ArrayList<>();
            for (Place p : file.plan().placesIn(grid.code())) {
                p.location().ifPresent(located::add);
            }
            if (!located.isEmpty()) {
                homes.put(grid.code(), List.copyOf(located));
            }
        }
        return new SampleDistrict(
                file.plan(),
                bounded,
                file.roster(),
                PlanLocator.of(bounded),
                Policies.read(folder),
                WorkingCalendar.china().withWorkingHours(OFFICE_HOURS),
                homes,
                Files.exists(departments) ? DepartmentDirectory.read(departments) : DepartmentDirectory.empty(),
                folder.resolve("jingkou.register.json"));
    }

    /**
     * The register of residents, checked against the plan.
     *
     * @throws org.gridgov.core.InvalidInputException naming the file and path of anything malformed
     */
    public Register readRegister() {
        return RegisterFile.read(register).toRegister(plan, TagCatalogue.defaults());
    }
}
