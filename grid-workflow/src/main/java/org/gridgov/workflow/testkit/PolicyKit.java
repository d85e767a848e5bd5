package org.gridgov.workflow.testkit;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.admission.AdmissionDecision;
import org.gridgov.workflow.admission.AdmissionGate;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.office.Policies;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.testkit.ScenarioMoves;
import org.gridgov.workflow.time.ManualClock;

/**
 * A policy test on a real {@link GridOffice}: a district's own policy folder (categories, routing,
 * admissions, modes, SLA), its own plan and roster (or a small {@link KitDistrict}), on a manual
 * clock. Scenarios read like the policy: report a category at an area, advance the clock (by clock
 * or working time, each advance ticks the office once, as a late timer would), act, and expect
 * with {@link #assertThat(MatterId)}.
 *
 * <pre>{@code
 * PolicyKit kit = PolicyKit.builder().policies(Path.of("policies")).start("2026-03-02T09:00+08:00").build();
 * MatterId m = kit.report("SEWAGE", KitDistrict.grid(PolicyKit.DISTRICT, 1));
 * kit.act(m, Action.REGISTER).advance("5wd");
 * kit.assertThat(m).isRoutedTo(HandlingLevel.GRID).hasFired("RESOLUTION", "BREACH", "2026-03-09T09:00+08:00");
 * }</pre>
 *
 * <p>Every failed expectation is an {@link AssertionError} whose message ends with the matter's
 * timeline (its history and its clocks), so the kit needs no test library; {@link PolicyKitExtension}
 * adds the timelines of every matter to any other failure of a JUnit 5 test. Times are ISO 8601
 * with an offset. Actions are taken by {@code gw-1} unless {@link #as} says otherwise; a dispatch
 * or designation assigns the matter to the actor. For tests; not thread-safe.
 */
public final class PolicyKit {
    /** The district code of the default {@link KitDistrict}: 京口区. */
    public static final AreaCode DISTRICT = AreaCode.parse("321102");

    private final ManualClock clock;
    private final GridOffice office;
    private final DutyCatalogue catalogue = DutyCatalogue.standard();
    private final Timelines timelines;
    private final List<MatterId> reported = new ArrayList<>();
    private String actor = "gw-1";

    private PolicyKit(Builder b) {
        this.clock = ManualClock.of(b.start, b.calendar.zone());
        KitDistrict district = b.plan != null ? new KitDistrict(b.plan, b.roster) : KitDistrict.of(DISTRICT, 2);
        this.office = GridOffice.builder(clock)
                .plan(district.plan(), district.roster())
                .policies(b.policies)
                .calendar(b.calendar)
                .build();
        this.timelines = new Timelines(office);
    }

    /** A builder; defaults: the default policies, a {@link KitDistrict} of {@link #DISTRICT} with 2 grids, the China calendar. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reports a resident's matter of this category at this area now, by WeChat, severity low. */
    public MatterId report(String category, AreaCode area) {
        return report(category, area, Severity.LOW);
    }

    /** Reports a resident's matter of this category, area and severity now, by WeChat. */
    public MatterId report(String category, AreaCode area, Severity severity) {
        MatterReport r = MatterReport.builder()
                .channel(SourceChannel.WECHAT_GROUP)
                .category(category)
                .location(Location.of(area))
                .severity(severity)
                .build();
        MatterId id = office.report(r, actor).id();
        reported.add(id);
        return id;
    }

    /**
     * A department's task pushed down to the grid now: the admission decision, and if it admits, the
     * matter reported (see {@link #lastReported()}).
     */
    public AdmissionDecision pushTask(String department, String taskCode, String category, AreaCode area) {
        MatterReport r = MatterReport.builder()
                .channel(SourceChannel.DEPARTMENT_PUSH)
                .category(category)
                .location(Location.of(area))
                .severity(Severity.LOW)
                .department(department)
                .taskCode(taskCode)
                .build();
        AdmissionDecision d = AdmissionGate.of(catalogue, office.admissions()).check(r, area, LocalDate.now(clock));
        if (d.verdict().admits()) {
            lastReported = office.report(r, actor).id();
            reported.add(lastReported);
        }
        return d;
    }

    private MatterId lastReported;

    /** The matter the last admitted {@link #pushTask} reported. */
    public MatterId lastReported() {
        if (lastReported == null) {
            throw new AssertionError("no task was admitted");
        }
        return lastReported;
    }

    /** Takes the following actions as {@code actorId} (a person id or a role such as {@code community-head}). */
    public PolicyKit as(String actorId) {
        this.actor = requireNonNull(actorId, "actor");
        return this;
    }

    /** Applies actions in order now, each with a reason and, for a dispatch or designation, an assignment to the actor. */
    public PolicyKit act(MatterId matter, Action... actions) {
        for (Action a : actions) {
            office.handle(ScenarioMoves.command(office.matter(matter), a, actor, "policy kit"));
        }
        return this;
    }

    /**
     * Advances the clock by a limit and ticks the office once: clock time ({@code 3h}) is added,
     * working time ({@code 4wh}, {@code 5wd}) is counted on the office's calendar from now.
     */
    public PolicyKit advance(String limit) {
        return advanceTo(ScenarioMoves.after(clock, limit, office.calendar()));
    }

    /** Advances the clock to {@code time} (ISO 8601 with an offset) and ticks the office once. */
    public PolicyKit advanceTo(String time) {
        return advanceTo(time("time", time));
    }

    private PolicyKit advanceTo(Instant next) {
        ScenarioMoves.moveTo(clock, next);
        office.tick();
        return this;
    }

    /** Expectations on a matter as it is now. */
    public MatterAssert assertThat(MatterId matter) {
        return new MatterAssert(this, office.matter(matter));
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /** The office, for what the kit does not offer. */
    public GridOffice office() {
        return office;
    }

    /** The matter's history and clocks, one line each, in the calendar's zone (no free text). */
    public String timeline(MatterId matter) {
        return timelines.of(matter);
    }

    /** The timelines of every matter reported so far. */
    public String timelines() {
        return timelines.all(reported);
    }

    Matter matter(MatterId id) {
        return office.matter(id);
    }

    static Instant time(String what, String text) {
        return ScenarioMoves.time(what, text);
    }

    /** Builds a {@link PolicyKit}. Not thread-safe. */
    public static final class Builder {
        private Policies policies = Policies.defaults();
        private GridPlan plan;
        private Roster roster;
        private WorkingCalendar calendar = WorkingCalendar.china();
        private Instant start;

        private Builder() {}

        /** The district's policy folder, read as {@link Policies#read(Path)} reads it. */
        public Builder policies(Path folder) {
            this.policies = Policies.read(folder);
            return this;
        }

        /** The policies. */
        public Builder policies(Policies value) {
            this.policies = requireNonNull(value, "policies");
            return this;
        }

        /** The district's own plan and roster. */
        public Builder plan(GridPlan value, Roster people) {
            this.plan = requireNonNull(value, "plan");
            this.roster = requireNonNull(people, "roster");
            return this;
        }

        /** The working calendar. */
        public Builder calendar(WorkingCalendar value) {
            this.calendar = requireNonNull(value, "calendar");
            return this;
        }

        /** Where the clock starts (ISO 8601 with an offset). */
        public Builder start(String time) {
            this.start = time("start", time);
            return this;
        }

        /**
         * The kit.
         *
         * @throws InvalidInputException if no start was given
         */
        public PolicyKit build() {
            if (start == null) {
                throw new InvalidInputException("start", "a policy kit starts at a given time", null);
            }
            return new PolicyKit(this);
        }
    }
}
