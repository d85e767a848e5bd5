package org.gridgov.core.json;

import static java.util.Map.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditBreak;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditEvent;
import org.gridgov.core.audit.AuditReport;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.AddGrid;
import org.gridgov.core.plan.MergeGrids;
import org.gridgov.core.plan.MovePlaces;
import org.gridgov.core.plan.PlanChange;
import org.gridgov.core.plan.PlanEdit;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.plan.RecodeGrid;
import org.gridgov.core.plan.RetireGrid;
import org.gridgov.core.plan.ReviseArea;
import org.gridgov.core.plan.ReviseBoundaries;
import org.gridgov.core.plan.SplitGrid;
import org.gridgov.core.plan.Totals;
import org.gridgov.core.privacy.Address;
import org.gridgov.core.privacy.CreditCode;
import org.gridgov.core.privacy.IdNumber;
import org.gridgov.core.privacy.PersonName;
import org.gridgov.core.privacy.PhoneNumber;
import org.gridgov.core.register.Household;
import org.gridgov.core.register.Organisation;
import org.gridgov.core.register.RegisterChange;
import org.gridgov.core.register.RegisterFinding;
import org.gridgov.core.register.Resident;
import org.gridgov.core.register.Tag;
import org.gridgov.core.register.Venue;
import org.gridgov.core.sizing.CountMismatch;
import org.gridgov.core.sizing.CountTolerance;
import org.gridgov.core.sizing.GridSize;
import org.gridgov.core.sizing.SizingBand;
import org.gridgov.core.sizing.SizingFinding;
import org.gridgov.core.sizing.SizingRules;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staffing.StaffingFinding;
import org.gridgov.core.staffing.TeamTemplate;
import org.gridgov.jsonscan.JsonScanContract;
import org.gridgov.jsonscan.JsonValueScan.TextOnly;

/**
 * Every value type grid-core's exported packages return is JSON: the scan finds them all, and each
 * example here round-trips through {@link GridJson#mapper()}. Register records holding personal
 * data are written masked, never in clear.
 */
class CoreJsonScanTest extends JsonScanContract {
    private static final AreaCode GRID = AreaCode.parse("321102001001001");
    private static final Instant AT = Instant.parse("2026-03-02T04:00:00Z");

    @Override
    protected Class<?> anchor() {
        return GridJson.class;
    }

    @Override
    protected Map<Class<?>, Object> examples() {
        AuditEvent event =
                new AuditEvent("staff-042", "reveal", "R-0001", GRID.toString(), Purpose.of("visit"), Outcome.ALLOWED);
        AuditBreak broken = new AuditBreak(AuditBreak.Kind.TAMPERED, 7, "entry 7 does not give its hash");
        return Map.ofEntries(
                entry(Actor.class, Actor.gridWorker("staff-042", GRID)),
                entry(
                        Area.class,
                        read(
                                "{\"code\":\"321102001001001\",\"name\":\"贺家弄第一网格\",\"parent\":\"321102001001\","
                                        + "\"kind\":\"URBAN\",\"status\":\"ACTIVE\",\"households\":260,\"population\":900}",
                                Area.class)),
                entry(AreaCode.class, GRID),
                entry(AuditBreak.class, broken),
                entry(AuditEntry.class, AuditEntry.chain(1, AT, event, AuditEntry.GENESIS)),
                entry(AuditEvent.class, event),
                entry(AuditReport.class, new AuditReport(7, Optional.of(broken))),
                entry(Purpose.class, Purpose.of("visit")),
                entry(
                        Duty.class,
                        read(
                                "{\"code\":\"FIRE_SAFETY_CHECK\",\"nameZh\":\"消防安全检查\",\"nameEn\":\"Fire-safety check\"}",
                                Duty.class)),
                entry(
                        Place.class,
                        read(
                                "{\"id\":\"B-0001\",\"kind\":\"BUILDING\",\"name\":\"贺家弄1号楼\",\"grid\":\"321102001001001\","
                                        + "\"households\":48,\"location\":[119.4521,32.2043]}",
                                Place.class)),
                entry(Position.class, Position.of(new double[] {119.4521, 32.2043})),
                entry(
                        AddGrid.class,
                        edit("{\"type\":\"add-grid\",\"grid\":{\"code\":\"321102001001003\",\"name\":\"新网格\","
                                + "\"kind\":\"URBAN\",\"status\":\"ACTIVE\",\"households\":210,\"population\":800}}")),
                entry(
                        MergeGrids.class,
                        edit("{\"type\":\"merge-grids\",\"grids\":[\"321102001001001\",\"321102001001002\"],"
                                + "\"merged\":{\"code\":\"321102001001001\",\"name\":\"合并网格\",\"kind\":\"URBAN\",\"status\":\"ACTIVE\","
                                + "\"households\":500,\"population\":1750}}")),
                entry(
                        MovePlaces.class,
                        edit("{\"type\":\"move-places\",\"places\":[\"B-0001\"],\"to\":\"321102001003001\"}")),
                entry(
                        RecodeGrid.class,
                        edit("{\"type\":\"recode-grid\",\"from\":\"321102001001002\",\"to\":\"321102001003002\"}")),
                entry(
                        RetireGrid.class,
                        edit(
                                "{\"type\":\"retire-grid\",\"grid\":\"321102001001002\",\"placesTo\":\"321102001001001\"}")),
                entry(
                        ReviseArea.class,
                        edit("{\"type\":\"revise-area\",\"area\":{\"code\":\"321102001001001\",\"name\":\"甲\","
                                + "\"kind\":\"URBAN\",\"status\":\"ACTIVE\",\"households\":310,\"population\":1040}}")),
                entry(
                        ReviseBoundaries.class,
                        edit(
                                "{\"type\":\"revise-boundaries\",\"areas\":[{\"code\":\"321102001001001\",\"gainedM2\":120.5,"
                                        + "\"lostM2\":0.0},{\"code\":\"321102001001002\",\"gainedM2\":0.0,\"lostM2\":120.5}]}")),
                entry(
                        ReviseBoundaries.Redrawn.class,
                        ((ReviseBoundaries)
                                        edit("{\"type\":\"revise-boundaries\",\"areas\":[{\"code\":\"321102001001001\","
                                                + "\"gainedM2\":120.5,\"lostM2\":3.25}]}"))
                                .areas()
                                .get(0)),
                entry(
                        SplitGrid.class,
                        edit("{\"type\":\"split-grid\",\"grid\":\"321102001001001\",\"parts\":["
                                + "{\"code\":\"321102001001003\",\"name\":\"甲\",\"kind\":\"URBAN\",\"status\":\"ACTIVE\",\"households\":130,\"population\":450},"
                                + "{\"code\":\"321102001001004\",\"name\":\"乙\",\"kind\":\"URBAN\",\"status\":\"ACTIVE\",\"households\":130,\"population\":450}],"
                                + "\"places\":{\"B-0001\":\"321102001001003\"}}")),
                entry(
                        PlanChange.class,
                        read(
                                "{\"revision\":2,\"edit\":{\"type\":\"recode-grid\",\"from\":\"321102001001002\","
                                        + "\"to\":\"321102001003002\"},\"actor\":\"staff-042\",\"reason\":\"street re-drawn\",\"at\":\"2026-03-02T04:00:00Z\"}",
                                PlanChange.class)),
                entry(
                        PlanFile.class,
                        new TextOnly(PlanFile.parse(PLAN, "plan.json"), "a GridPlan is compared by identity")),
                entry(Totals.class, new Totals(3, 780, 2730, 3, 84)),
                entry(
                        RegisterChange.class,
                        new RegisterChange("R-0001", RegisterChange.Kind.ADDED, AT, "staff-042", GRID, "")),
                entry(
                        RegisterFinding.class,
                        new RegisterFinding(
                                "register.id-number",
                                "R-0001",
                                "$.residents[0].idNumber",
                                "has a valid check character",
                                "18 characters")),
                entry(Tag.class, new Tag("ELDERLY_ALONE", "独居老人", Tag.Applies.RESIDENT, true, "seed")),
                entry(Venue.class, new Venue("V-0001", "菜市场", "MARKET", GRID, Optional.of("B-0001"))),
                entry(SizingBand.class, new SizingBand(200, 300)),
                entry(CountTolerance.class, CountTolerance.DEFAULT),
                entry(GridSize.class, new GridSize(GRID, 2, 260, 250, 900, 860, 2)),
                entry(
                        CountMismatch.class,
                        read(
                                "{\"grid\":\"321102001001002\",\"measure\":\"POPULATION\",\"declared\":850,"
                                        + "\"counted\":300,\"tolerance\":{\"percent\":10,\"minimum\":5}}",
                                CountMismatch.class)),
                entry(SizingRules.class, SizingRules.defaults()),
                entry(
                        SizingFinding.class,
                        read(
                                "{\"grid\":\"321102001001001\",\"kind\":\"URBAN\",\"measure\":\"HOUSEHOLDS\","
                                        + "\"band\":{\"min\":200,\"max\":300},\"value\":412}",
                                SizingFinding.class)),
                entry(
                        Person.class,
                        read("{\"id\":\"W-0001\",\"name\":\"王芳\",\"residence\":\"321102001001001\"}", Person.class)),
                entry(
                        Posting.class,
                        read(
                                "{\"person\":\"W-0001\",\"grid\":\"321102001001001\",\"role\":\"FULL_TIME_WORKER\","
                                        + "\"duties\":[\"BASIC_INFORMATION\",\"SAFETY_HAZARDS\"]}",
                                Posting.class)),
                entry(Role.class, read("\"STAIRWELL_CHIEF\"", Role.class)),
                entry(
                        StaffingFinding.class,
                        read(
                                "{\"kind\":\"FULL_TIME_WORKER\",\"rule\":\"staffing.full-time-worker\","
                                        + "\"ids\":[\"321102001001002\"],\"message\":\"grid 321102001001002 has 0 full-time grid workers\"}",
                                StaffingFinding.class)),
                entry(TeamTemplate.class, new TeamTemplate(1, 2, 2)));
    }

    @Override
    protected Map<Object, List<String>> masked() {
        String id = "321102194405174028";
        String phone = "13952861234";
        String address = "江苏省镇江市京口区贺家弄1号楼201室";
        String code = "92321102MA1W8K3C3T";
        return Map.of(
                IdNumber.parse(id),
                List.of(id),
                PhoneNumber.parse(phone),
                List.of(phone),
                PersonName.of("王秀英"),
                List.of("王秀英"),
                Address.of(address),
                List.of(address),
                CreditCode.parse(code),
                List.of(code),
                new Resident(
                        "R-0001",
                        GRID,
                        Optional.of("H-0001"),
                        PersonName.of("王秀英"),
                        IdNumber.parse(id),
                        Optional.of(PhoneNumber.parse(phone)),
                        Set.of("ELDERLY_ALONE")),
                List.of("王秀英", id, phone),
                new Household("H-0001", GRID, "B-0001", Optional.of(Address.of(address))),
                List.of(address),
                new Organisation("O-0001", "镇江某商店", CreditCode.parse(code), GRID, Optional.of("B-0001"), Set.of()),
                List.of(code));
    }

    private static final String PLAN = "{\"format\":\"grid-plan/1\",\"revision\":1,\"areas\":["
            + "{\"code\":\"321102\",\"name\":\"京口区\",\"kind\":\"URBAN\",\"status\":\"ACTIVE\",\"households\":0,\"population\":0}]}";

    private static <T> T read(String json, Class<T> type) {
        return GridJson.read(json, type.getSimpleName() + ".json", type);
    }

    private static PlanEdit edit(String json) {
        return read(json, PlanEdit.class);
    }
}
