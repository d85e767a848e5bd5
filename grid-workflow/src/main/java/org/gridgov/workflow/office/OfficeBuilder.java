package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.separation.DutySeparation;
import org.gridgov.workflow.visit.ReturnVisitPolicy;
import org.gridgov.workflow.visit.VisitPolicy;
import org.gridgov.workflow.whistle.DepartmentDirectory;

/**
 * Builds a {@link GridOffice}: start from {@link GridOffice#builder(Clock)}. Only the plan is
 * required; everything else has a default. Not thread-safe; use once.
 */
public final class OfficeBuilder {
    final Clock clock;
    GridPlan plan;
    Roster roster = Roster.empty();
    GridResolver resolver = GridResolver.NONE;
    Policies policies = Policies.defaults();
    WorkingCalendar calendar = WorkingCalendar.china();
    OfficeStore store;
    RoleDirectory directory;
    DutyCatalogue catalogue = DutyCatalogue.standard();
    RosterCheck rosterCheck = RosterCheck.REFUSE;
    DutySeparation separation = DutySeparation.strict();
    DepartmentDirectory departments = DepartmentDirectory.empty();
    final List<OfficeListener> listeners = new ArrayList<>();
    Duration retryInitial = Duration.ofSeconds(30);
    Duration retryMax = Duration.ofHours(1);
    Duration tickPeriod = Duration.ofSeconds(1);
    VisitPolicy visitPolicy;
    VisitSource visitSource;
    LocalDate visitsFrom;
    ReturnVisitPolicy returnVisitPolicy;
    AuditTrail trail;

    OfficeBuilder(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
    }

    /** The plan revision and its roster (required). */
    public OfficeBuilder plan(GridPlan value, Roster people) {
        this.plan = requireNonNull(value, "plan");
        this.roster = requireNonNull(people, "roster");
        return this;
    }

    /** Resolves coordinates to grids, e.g. grid-geo's {@code PlanLocator} (default: none). */
    public OfficeBuilder resolver(GridResolver value) {
        this.resolver = requireNonNull(value, "resolver");
        return this;
    }

    /** The policies (default: {@link Policies#defaults()}). */
    public OfficeBuilder policies(Policies value) {
        this.policies = requireNonNull(value, "policies");
        return this;
    }

    /**
     * The policies read from a folder; see {@link Policies#read(Path)}. A {@code
     * policy-departments.json} there is read as the department directory, a {@code
     * policy-separation.json} as the duty separation ({@link DutySeparation#read}).
     */
    public OfficeBuilder policies(Path folder) {
        Path departmentsFile = folder.resolve("policy-departments.json");
        if (Files.exists(departmentsFile)) {
            departments(DepartmentDirectory.read(departmentsFile));
        }
        Path separationFile = folder.resolve("policy-separation.json");
        if (Files.exists(separationFile)) {
            separation(DutySeparation.read(separationFile));
        }
        return policies(Policies.read(folder));
    }

    /** The departments whistles summon (网格吹哨、部门报到; default: none). */
    public OfficeBuilder departments(DepartmentDirectory value) {
        this.departments = requireNonNull(value, "departments");
        return this;
    }

    /** The working calendar (default: {@link WorkingCalendar#china()}). */
    public OfficeBuilder calendar(WorkingCalendar value) {
        this.calendar = requireNonNull(value, "calendar");
        return this;
    }

    /**
     * The audit trail the office's personal-data checks write to (default: in memory on the
     * office's clock); give one over a durable {@link org.gridgov.core.audit.AuditStore} such as
     * {@link org.gridgov.workflow.store.jdbc.JdbcAuditStore}.
     */
    public OfficeBuilder auditTrail(AuditTrail value) {
        this.trail = requireNonNull(value, "auditTrail");
        return this;
    }

    /** The store (default: a new {@link InMemoryOfficeStore}). */
    public OfficeBuilder store(OfficeStore value) {
        this.store = requireNonNull(value, "store");
        return this;
    }

    /** Who holds the roles of ladder steps (default: {@link RoleDirectory#fromRoster}). */
    public OfficeBuilder directory(RoleDirectory value) {
        this.directory = requireNonNull(value, "directory");
        return this;
    }

    /** The duty catalogue the admission gate admits (default: standard). */
    public OfficeBuilder catalogue(DutyCatalogue value) {
        this.catalogue = requireNonNull(value, "catalogue");
        return this;
    }

    /** What to do with leads and co-handlers not on the roster (default: refuse). */
    public OfficeBuilder rosterCheck(RosterCheck value) {
        this.rosterCheck = requireNonNull(value, "rosterCheck");
        return this;
    }

    /** Which duties stay separate (default: {@link DutySeparation#strict()}, the resolver never verifies). */
    public OfficeBuilder separation(DutySeparation value) {
        this.separation = requireNonNull(value, "separation");
        return this;
    }

    /** Adds a listener for outbox events. */
    public OfficeBuilder listener(OfficeListener value) {
        listeners.add(requireNonNull(value, "listener"));
        return this;
    }

    /**
     * The backoff of failed deliveries: {@code initial} after the first failure, doubling, at most
     * {@code max} (default 30 s, 1 h).
     *
     * @throws InvalidInputException unless 0 &lt; initial &lt;= max
     */
    public OfficeBuilder retry(Duration initial, Duration max) {
        if (initial == null || initial.isZero() || initial.isNegative() || max == null || max.compareTo(initial) < 0) {
            throw new InvalidInputException("retry", "0 < initial <= max", initial + ".." + max);
        }
        this.retryInitial = initial;
        this.retryMax = max;
        return this;
    }

    /**
     * Runs the mandatory visits on the office's calendar and ticks (default: none): from day
     * {@code from}, each period of a rule that ends without a visit by the subject's visitor is
     * acted on once, on the first tick of the day after, as the rule's {@code onMiss} says (see
     * {@link GridOffice#visitWarnings()}).
     *
     * @param policy the visit rules, e.g. {@link VisitPolicy#seeds()}
     * @param source the subjects and the visits done, from the host or its register
     * @param from the first day watched (an assessment's start); periods ending before it are not
     */
    public OfficeBuilder visits(VisitPolicy policy, VisitSource source, LocalDate from) {
        this.visitPolicy = requireNonNull(policy, "policy");
        this.visitSource = requireNonNull(source, "source");
        this.visitsFrom = requireNonNull(from, "from");
        return this;
    }

    /**
     * Runs the mandatory visits as {@link #visits(VisitPolicy, VisitSource, LocalDate)} does, over a
     * {@link VisitBook}: the visits grid workers record through the book's scoped calls, and the
     * book's subjects. Give the book the office's {@link #auditTrail audit trail}, and for an office
     * on PostgreSQL a durable ledger ({@link VisitBook#of(java.time.Clock,
     * org.gridgov.core.audit.AuditTrail, java.util.function.Supplier, VisitLedger)} with a {@link
     * org.gridgov.workflow.store.jdbc.JdbcVisitLedger}), or a restarted office warns about visits
     * that were done.
     */
    public OfficeBuilder visits(VisitPolicy policy, VisitBook book, LocalDate from) {
        return visits(policy, requireNonNull(book, "book").source(), from);
    }

    /**
     * Runs satisfaction return visits (回访) on the office's calendar and ticks (default: none): a
     * closed matter whose return visit is not rated by the time {@code policy} gives warns once (see
     * {@link GridOffice#visitWarnings()}).
     */
    public OfficeBuilder returnVisits(ReturnVisitPolicy policy) {
        this.returnVisitPolicy = requireNonNull(policy, "policy");
        return this;
    }

    /**
     * How often {@link GridOffice#start()} ticks (default 1 s).
     *
     * @throws InvalidInputException unless at least one millisecond
     */
    public OfficeBuilder tickEvery(Duration period) {
        if (period == null || period.toMillis() < 1) {
            throw new InvalidInputException("tickEvery", "at least 1 ms", period);
        }
        this.tickPeriod = period;
        return this;
    }

    /**
     * The office, on the store's settings if it has any (modes and admissions survive), else on
     * the policies' admission list.
     *
     * @throws InvalidInputException if no plan was given, or a category names a duty the catalogue lacks
     */
    public GridOffice build() {
        if (plan == null) {
            throw new InvalidInputException("plan", "an office runs on a plan revision", null);
        }
        List<Category> categories = policies.taxonomy().categories();
        for (int i = 0; i < categories.size(); i++) {
            String duty = categories.get(i).duty();
            if (duty != null && catalogue.find(duty).isEmpty()) {
                throw new InvalidInputException(
                        "taxonomy.categories[" + i + "].duty", "a category's duty is in the duty catalogue", duty);
            }
        }
        if (store == null) {
            store = new InMemoryOfficeStore();
        }
        return new GridOffice(this);
    }
}
