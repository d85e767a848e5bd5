package org.gridgov.workflow.office;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.jsonscan.JsonScanContract;
import org.gridgov.jsonscan.JsonValueScan;
import org.gridgov.workflow.admission.AdmissionApplication;
import org.gridgov.workflow.admission.AdmissionChange;
import org.gridgov.workflow.admission.AdmissionDecision;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.admission.AdmittedItem;
import org.gridgov.workflow.admission.Funding;
import org.gridgov.workflow.assessment.CloseTime;
import org.gridgov.workflow.assessment.HistoryEntry;
import org.gridgov.workflow.assessment.HistoryRecord;
import org.gridgov.workflow.assessment.IndicatorReport;
import org.gridgov.workflow.assessment.Indicators;
import org.gridgov.workflow.assessment.Period;
import org.gridgov.workflow.assessment.ScoreWeights;
import org.gridgov.workflow.calendar.Deadline;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.calendar.WorkingHours;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.DistrictApproval;
import org.gridgov.workflow.engine.ModeChange;
import org.gridgov.workflow.funding.LedgerEntry;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.OnTheSpotFix;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Supervision;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Authority;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModeBook;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.mode.ModeSwitch;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.routing.RoutingRule;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;
import org.gridgov.workflow.separation.DutySeparation;
import org.gridgov.workflow.separation.SeparationFile;
import org.gridgov.workflow.sla.ClockEntry;
import org.gridgov.workflow.sla.ClockRule;
import org.gridgov.workflow.sla.LadderStep;
import org.gridgov.workflow.sla.Light;
import org.gridgov.workflow.sla.Match;
import org.gridgov.workflow.sla.MatterFacts;
import org.gridgov.workflow.sla.Pause;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.sla.SlaEvent;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.sla.SlaRule;
import org.gridgov.workflow.sla.Target;
import org.gridgov.workflow.sla.Threshold;
import org.gridgov.workflow.sla.Timer;
import org.gridgov.workflow.sla.TimerKey;
import org.gridgov.workflow.testkit.KitDistrict;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.WorkingDays;
import org.gridgov.workflow.time.WorkingTime;
import org.gridgov.workflow.visit.MissedVisit;
import org.gridgov.workflow.visit.ReturnVisitPolicy;
import org.gridgov.workflow.visit.ReturnVisits;
import org.gridgov.workflow.visit.VisitCompliance;
import org.gridgov.workflow.visit.VisitFrequency;
import org.gridgov.workflow.visit.VisitOutcome;
import org.gridgov.workflow.visit.VisitPolicy;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitRule;
import org.gridgov.workflow.visit.VisitSubject;
import org.gridgov.workflow.whistle.Department;
import org.gridgov.workflow.whistle.DepartmentDirectory;
import org.gridgov.workflow.whistle.Summons;
import org.junit.jupiter.api.Test;

/**
 * Every value type grid-workflow's exported packages return is JSON: matters, histories, SLA
 * clocks with their timelines, fired steps, findings, health, indicators, ledger entries, whistle
 * and visit values. Most examples are taken from a busy simulated office (so clocks have cycles,
 * pauses and fired steps); each round-trips through {@code GridJson.mapper()}, and no JSON written
 * holds a time limit as an object (always the {@code 5wd} text form).
 */
class WorkflowJsonScanTest extends JsonScanContract {
    private static final AreaCode GRID = AreaCode.parse("321102001001001");
    private static final Instant AT = Instant.parse("2026-03-02T04:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    private Map<Class<?>, Object> examples;

    @Override
    protected Class<?> anchor() {
        return GridOffice.class;
    }

    @Override
    protected Map<Class<?>, String> notJson() {
        return Map.of(
                ManualClock.class, "a settable test clock: state that changes, not a value",
                KitDistrict.class, "the policy kit's generated district (a plan and roster), built in code for a test",
                Intake.class,
                        "a batch call's answer holding the refusal as the exception report would throw, not a record");
    }

    @Override
    protected void checkText(Class<?> type, String json) {
        List<String> objects = new ArrayList<>();
        timeLimitObjects(JsonValueScan.tree(json), "$", objects);
        assertThat(objects)
                .as("time limits written as objects in %s: %s", type.getSimpleName(), json)
                .isEmpty();
    }

    @Test
    void aTimeLimitIsWrittenAsTextAndReadOnlyAsText() throws Exception {
        String json = GridJson.mapper().writeValueAsString(ReturnVisitPolicy.defaults());
        assertThat(JsonValueScan.tree(json).get("due").asText()).isEqualTo("1wd");

        String asObject = json.replace("\"1wd\"", "{\"days\":1}");
        assertThatThrownBy(() -> GridJson.read(asObject, "visits.json", ReturnVisitPolicy.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("visits.json: $.due");
        assertThatThrownBy(() -> checkText(ReturnVisitPolicy.class, asObject))
                .as("the scan's check finds a limit written as an object")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("$.due");
        assertThatThrownBy(() -> GridJson.read("\"5d\"", "limit.json", WorkingDays.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("limit.json: $");
        assertThatThrownBy(() -> GridJson.read("\"4wh\"", "limit.json", WorkingDays.class))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("working days");
    }

    /** An object whose only fields are a time limit's record components ({"days":5}, {"duration":...}). */
    private static void timeLimitObjects(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            Set<String> names = new TreeSet<>();
            node.fieldNames().forEachRemaining(names::add);
            if (names.equals(Set.of("days")) || names.equals(Set.of("duration"))) {
                found.add(path);
            }
            node.fields().forEachRemaining(e -> timeLimitObjects(e.getValue(), path + "." + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                timeLimitObjects(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    @Override
    protected synchronized Map<Class<?>, Object> examples() {
        if (examples == null) {
            examples = build();
        }
        return examples;
    }

    private static Map<Class<?>, Object> build() {
        ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice office = BusyDistrict.office(clock, store);
        List<MatterId> ids = BusyDistrict.run(office, clock, 11L, 400);
        MatterId carded = ids.stream()
                .filter(id -> !office.matter(id).supervisions().isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the busy district reaches a card"));
        Matter matter = office.matter(carded);
        MatterHistory history = office.history(carded);
        Transition system = history.transitions().stream()
                .filter(t -> t.stepIfAny().isPresent())
                .findFirst()
                .orElseThrow();
        SlaClock clockWithTimeline = ids.stream()
                .flatMap(id -> office.clocks(id).stream())
                .max(Comparator.comparingInt(
                        c -> c.timeline().size() + c.pauses().size()))
                .orElseThrow();
        Timer timer = ids.stream()
                .flatMap(id -> office.timers(id).stream())
                .findFirst()
                .orElseThrow();
        Policies policies = office.policies();
        SlaPolicy sla = policies.sla();
        SlaRule rule = sla.rules().get(0);
        LadderStep step = sla.ladders().values().iterator().next().get(0);
        OutboxEntry outbox = store.deliverable(Instant.MAX, 1).get(0);
        ClockProblem problem = new ClockProblem(carded, "the calendar ends in 2100", AT);
        AdmissionList admissions = office.admissions();
        Funding funding = new Funding(
                new BigDecimal("1200.50"),
                Funding.Basis.values()[0],
                "district budget",
                Funding.Allocation.values()[0]);
        AdmittedItem item = new AdmittedItem(
                "GARBAGE_SORTING", "垃圾分类督导", "城管局", "街道办", DAY, DAY, DAY.plusYears(1), Set.of(GRID), funding);
        AdmissionApplication application = new AdmissionApplication(
                "A-1", "GARBAGE_SORTING", "垃圾分类督导", "城管局", DAY, DAY, DAY.plusYears(1), Set.of(GRID), funding);
        ModeSwitch modeSwitch = new ModeSwitch(GRID, Mode.values()[1], "district:duty", AT, "flood warning");
        HistoryEntry historyEntry = new HistoryEntry(
                1,
                Action.REPORT,
                "resident",
                AT,
                null,
                State.REPORTED,
                HandlingLevel.GRID,
                "ROUTINE",
                "worker-1",
                null,
                GRID.toString());
        CloseTime closeTime = new CloseTime(12, 20.5, 40.0);
        Indicators indicators = new Indicators(
                GRID.toString(),
                "grid",
                10,
                9,
                8,
                0.9,
                0.8,
                0.1,
                0.05,
                0.02,
                1,
                0,
                3,
                0.95,
                4,
                0.75,
                Map.of("ENVIRONMENT", closeTime, "SAFETY", new CloseTime(3, 2.0, 4.0), "ZONING", closeTime));
        Period period = new Period(DAY, DAY.plusDays(30), ZoneId.of("Asia/Shanghai"));
        VisitRule visitRule = VisitPolicy.seeds().rules().get(0);
        VisitOutcome outcome = new VisitOutcome(visitRule.id(), GRID, "worker-1", "R-0001", DAY, true);
        MissedVisit missed =
                new MissedVisit(visitRule.id(), GRID, "worker-1", "R-0001", DAY, DAY.plusDays(6), visitRule.onMiss());
        Department department = new Department(
                "housing",
                "住建局",
                List.of("SAFETY_HAZARDS"),
                List.of("ENVIRONMENT"),
                List.of("housing:duty"),
                "1wd",
                "district:duty");
        Summons summons = new Summons(1, "housing", AT, AT.plusSeconds(3600), Summons.Status.values()[0], null);
        ClockEntry entry = clockWithTimeline.timeline().get(0);
        Map<Class<?>, Object> m = new HashMap<>();
        m.put(DistrictApproval.class, new DistrictApproval("district:supervision", "JK-2026-117"));
        m.put(
                VisitWarning.class,
                new VisitWarning(
                        "visit/six-must-visits/lone-elderly/R-0001/2026-10-31",
                        VisitWarning.Kind.VISIT,
                        "six-must-visits/lone-elderly",
                        GRID,
                        "grid-head",
                        "R-0001",
                        Instant.parse("2026-10-31T15:59:59Z"),
                        Instant.parse("2026-11-01T01:00:00Z"),
                        VisitRule.MissAction.OPEN_MATTER,
                        MatterId.of("M000042"),
                        null));
        m.put(
                SeparationFile.class,
                new SeparationFile(SeparationFile.FORMAT, "small sanitation matters", List.of("SANITATION")));
        m.putAll(Map.ofEntries(
                entry(AdmissionApplication.class, application),
                entry(
                        AdmissionChange.class,
                        new AdmissionChange(
                                2, AdmissionChange.Kind.values()[0], "A-1", "district:duty", DAY, "approved")),
                entry(
                        AdmissionDecision.class,
                        new AdmissionDecision(
                                AdmissionDecision.Verdict.values()[0], "GARBAGE_SORTING", "on the list", 2)),
                entry(AdmissionList.class, admissions.apply(application, "district:duty")),
                entry(AdmittedItem.class, item),
                entry(Funding.class, funding),
                entry(CloseTime.class, closeTime),
                entry(HistoryEntry.class, historyEntry),
                entry(HistoryRecord.class, new HistoryRecord("M-1", GRID, "ENVIRONMENT", List.of(historyEntry))),
                entry(
                        IndicatorReport.class,
                        new IndicatorReport(period, Map.of(GRID, indicators), Map.of("worker-1", indicators))),
                entry(Indicators.class, indicators),
                entry(Period.class, period),
                entry(ScoreWeights.class, ScoreWeights.defaults()),
                entry(Deadline.class, office.calendar().deadlineOf(AT, WorkingDays.of(5))),
                entry(WorkingHours.class, WorkingHours.parse("08:30-12:00,13:30-17:30")),
                entry(
                        Command.class,
                        new Command(
                                carded,
                                3,
                                Action.values()[1],
                                "worker-1",
                                "on my way",
                                new Assignment("worker-1", Set.of("worker-2")))),
                entry(ModeChange.class, new ModeChange(modeSwitch, List.of(carded))),
                entry(
                        LedgerEntry.class,
                        new LedgerEntry("P-1", "GARBAGE_SORTING", AreaCode.parse("321102001001"), GRID, 12050, DAY))));
        m.putAll(Map.ofEntries(
                entry(Category.class, policies.taxonomy().categories().get(0)),
                entry(Location.class, matter.report().location()),
                entry(Matter.class, matter),
                entry(MatterHistory.class, history),
                entry(MatterId.class, carded),
                entry(MatterReport.class, matter.report()),
                entry(OnTheSpotFix.class, new OnTheSpotFix(carded, "worker-1", AT, List.of("photo-1"))),
                entry(Reporter.class, new Reporter("施一", "13952861234")),
                entry(Supervision.class, matter.supervisions().get(0)),
                entry(SystemStep.class, system.stepIfAny().orElseThrow()),
                entry(Taxonomy.class, policies.taxonomy()),
                entry(Transition.class, system),
                entry(Authority.class, new Authority(GRID, Set.of("district:duty"))),
                entry(ModeBook.class, ModeBook.of(List.of(modeSwitch))),
                entry(ModePolicy.class, policies.modes()),
                entry(ModeSwitch.class, modeSwitch)));
        m.putAll(Map.ofEntries(
                entry(
                        AssignmentFinding.class,
                        new AssignmentFinding(carded, 4, "lead", "is a worker of the grid", "worker-9")),
                entry(
                        CalendarLoad.class,
                        new JsonValueScan.TextOnly(
                                new CalendarLoad(
                                        AT,
                                        WorkingCalendar.china(),
                                        office.calendar(),
                                        "district:duty",
                                        "office hours"),
                                "a WorkingCalendar is compared by identity")),
                entry(ClockProblem.class, problem),
                entry(
                        Handled.class,
                        new Handled(
                                matter,
                                List.of(new AssignmentFinding(
                                        carded, 4, "lead", "is a worker of the grid", "worker-9")))),
                entry(
                        MatterChange.class,
                        new MatterChange(
                                matter,
                                matter.version() - 1,
                                List.of(history.transitions()
                                        .get(history.transitions().size() - 1)),
                                office.timers(carded),
                                problem,
                                AT,
                                List.of())),
                entry(MatterQuery.class, new MatterQuery(GRID, State.REPORTED, AT)),
                entry(MatterRecord.class, store.find(carded).orElseThrow()),
                entry(OfficeEvent.class, outbox.event()),
                entry(OfficeHealth.class, office.health()),
                entry(
                        OfficeSettings.class,
                        new JsonValueScan.TextOnly(office.settings(), "its calendars are compared by identity")),
                entry(OutboxEntry.class, outbox),
                entry(OutboxStats.class, new OutboxStats(3, 10, 1)),
                entry(Policies.class, policies),
                entry(
                        PolicyChange.class,
                        new PolicyChange("sla", sla.id(), sla.version(), "district:duty", AT, "new ladder")),
                entry(Tick.class, new Tick(3, 2, 1)),
                entry(Assignment.class, new Assignment("worker-1", Set.of("worker-2"))),
                entry(Responsibility.class, office.responsibility(carded))));
        m.putAll(Map.ofEntries(
                entry(Routing.class, matter.routing().orElseThrow()),
                entry(RoutingPolicy.class, policies.routing()),
                entry(RoutingRule.class, policies.routing().rules().get(0)),
                entry(DutySeparation.class, DutySeparation.relaxedFor(List.of("ENVIRONMENT"))),
                entry(ClockEntry.class, entry),
                entry(ClockRule.class, sla.clocks().get(0)),
                entry(LadderStep.class, step),
                entry(Match.class, rule.when()),
                entry(
                        MatterFacts.class,
                        new MatterFacts("ENVIRONMENT", Severity.LOW, Whistle.ROUTINE, Mode.NORMAL, "12345")),
                entry(Pause.class, new Pause(AT, AT.plusSeconds(600), "SUSPEND")),
                entry(SlaClock.class, clockWithTimeline),
                entry(
                        SlaEvent.class,
                        new SlaEvent(
                                new TimerKey(timer.matter(), timer.metric(), timer.cycle(), timer.step()),
                                entry.kind(),
                                "RESPONSE/1/0",
                                Light.YELLOW,
                                step,
                                "grid:worker",
                                AT,
                                AT.plusSeconds(1),
                                sla.id(),
                                sla.version())),
                entry(SlaPolicy.class, sla),
                entry(SlaRule.class, rule),
                entry(Target.class, rule.targets().get(0)),
                entry(Threshold.class, sla.thresholds().get(0)),
                entry(Timer.class, timer),
                entry(TimerKey.class, new TimerKey(timer.matter(), timer.metric(), timer.cycle(), timer.step()))));
        m.putAll(Map.ofEntries(
                entry(ClockTime.class, ClockTime.ofHours(3)),
                entry(WorkingDays.class, WorkingDays.of(5)),
                entry(WorkingTime.class, WorkingTime.ofHours(4)),
                entry(MissedVisit.class, missed),
                entry(ReturnVisitPolicy.class, ReturnVisitPolicy.defaults()),
                entry(ReturnVisits.Owed.class, new ReturnVisits.Owed(carded, 1, AT)),
                entry(VisitCompliance.Result.class, new VisitCompliance.Result(List.of(outcome), List.of(missed))),
                entry(VisitFrequency.class, visitRule.frequency()),
                entry(VisitOutcome.class, outcome),
                entry(VisitPolicy.class, VisitPolicy.seeds()),
                entry(
                        VisitRecord.class,
                        new VisitRecord("worker-1", "R-0001", AT, VisitRecord.Outcome.values()[0], "home")),
                entry(VisitRule.class, visitRule),
                entry(
                        VisitSubject.class,
                        new VisitSubject(
                                "R-0001", visitRule.subjectCategory(), GRID, Map.of(visitRule.visitor(), "worker-1"))),
                entry(Department.class, department),
                entry(
                        DepartmentDirectory.class,
                        new DepartmentDirectory(DepartmentDirectory.empty().format(), 1, List.of(department))),
                entry(Summons.class, summons)));
        return m;
    }
}
