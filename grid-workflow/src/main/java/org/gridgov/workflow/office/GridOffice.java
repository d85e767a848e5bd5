package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Purpose;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanHistory;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.admission.NotAdmittedException;
import org.gridgov.workflow.calendar.CalendarChange;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.ModeChange;
import org.gridgov.workflow.engine.StaleVersionException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.OnTheSpotFix;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModeBook;
import org.gridgov.workflow.mode.NotAuthorisedException;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.separation.DutySeparation;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.sla.Timer;
import org.gridgov.workflow.whistle.Summons;

/**
 * The district grid office: one object that runs a district's matters. It takes reports and
 * commands, keeps every matter's SLA clocks as part of its transitions, fires warnings, breaches
 * and ladder steps as system entries that act (escalation, supervision cards, notifications),
 * delivers events to the host through an outbox, and keeps modes, the admission list and the
 * policy record behind its {@link OfficeStore}.
 *
 * <pre>{@code
 * GridOffice office = GridOffice.builder(clock)
 *     .plan(plan, roster).resolver(locator)            // grid-geo's PlanLocator
 *     .policies(Path.of("samples"))                    // policy-*.json, sla-*.json
 *     .calendar(WorkingCalendar.china())
 *     .listener(event -> wechat.send(event))           // at least once, in order per matter
 *     .build();
 * Matter m = office.report(report, "gw-0042");
 * m = office.handle(Command.on(m, Action.REGISTER, "gw-0042"));
 * office.tick();                                       // or office.start(): a thread that ticks
 * }</pre>
 *
 * <p><b>One change per command.</b> A command's transition, the system entries of steps that fell
 * due before it, the matter's timers, clock problem and due instant, and the outbox events are one
 * {@link MatterChange}, committed atomically or not at all; a refused command leaves everything as
 * it was. A clock that cannot be computed (the calendar does not reach its deadline) does not
 * refuse the matter: it is committed as a {@link ClockProblem}, listed by {@link #clockProblems()}
 * and counted by {@link #health()}.
 *
 * <p><b>Exactly once.</b> The history is the record of what fired: a step is fired only if its key
 * ({@code METRIC/CYCLE/STEP_ID}) is not in the history, and a new office on the same store rebuilds
 * every clock from the histories and fires nothing again.
 *
 * <p><b>Several offices, one store.</b> Instances behind a load balancer may share a durable store
 * ({@code JdbcOfficeStore}): they split the due timers and the outbox by claims with a lease, so
 * each step fires once and each event reaches the listeners of one office (at least once, in order
 * per matter; see {@link OfficeListener}); a crashed office's claims return after the lease.
 *
 * <p><b>Time</b> comes only from the injected clock; {@link #tick()} fires what is due at the
 * clock's instant and delivers the outbox; {@link #start()} calls it on a period.
 *
 * <p>Thread-safe. Work on one matter is serialised by a lock per matter (striped); work on
 * different matters runs in parallel; the store's version check guards against other instances.
 * Office settings (modes, admissions, policies) change under one settings lock.
 */
public final class GridOffice implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GridOffice.class.getName());

    private final Clock clock;
    private final OfficeStore store;
    private final DutyCatalogue catalogue;
    private final RoleDirectory hostDirectory;
    private final RosterCheck rosterCheck;
    private final DutySeparation separation;
    private final AtomicReference<PlanContext> plan;
    private final AtomicReference<Policies> policies;
    private final AtomicReference<WorkingCalendar> calendar;
    private final AtomicReference<OfficeSettings> settings;
    private final MatterLocks locks = new MatterLocks();
    private final ClockCache slas;
    private final SettingsDesk desk;
    private final AtomicLong tickFailures = new AtomicLong();
    private final OutboxDelivery outbox;
    private final TimerThread timer;
    private final DueFiring due;
    private final SummonsDesk whistle;
    private final VisitWatches visits;
    private final PersonalData personal;
    private final BatchDesk batch;
    private final IntakeDesk intake;
    private final ChangePath changes;

    GridOffice(OfficeBuilder b) {
        this.clock = b.clock;
        this.store = b.store;
        this.catalogue = b.catalogue;
        this.hostDirectory = b.directory;
        this.rosterCheck = b.rosterCheck;
        this.separation = b.separation;
        this.timer = new TimerThread(b.tickPeriod);
        String claimant = DueFiring.newClaimant();
        this.due = new DueFiring(store, tickFailures, claimant);
        this.plan = new AtomicReference<>(PlanContext.of(b.plan, b.roster, b.resolver, b.directory));
        this.policies = new AtomicReference<>(b.policies);
        OfficeSettings s = store.settings();
        if (s.version() == 0) {
            s = s.withAdmissions(b.policies.admissions());
            store.saveSettings(s);
        }
        this.calendar = new AtomicReference<>(CalendarMoves.current(s, b.calendar));
        this.visits = VisitWatches.of(this, b, calendar);
        this.outbox = new OutboxDelivery(
                store, visits.listeners(b.listeners), claimant, DueFiring.LEASE, b.retryInitial, b.retryMax);
        this.settings = new AtomicReference<>(s);
        this.slas = new ClockCache(() -> settings.get().calendarLoads());
        this.whistle = new SummonsDesk(this, store, b.departments, calendar, plan, tickFailures);
        this.personal = new PersonalData(this, store, b.trail != null ? b.trail : AuditTrail.inMemory(clock));
        this.desk = new SettingsDesk(this, clock, store, policies, calendar, plan, settings, slas, hostDirectory);
        OfficeParts parts = new OfficeParts(this, store, policies, calendar, plan, slas, locks);
        this.batch = new BatchDesk(parts, tickFailures);
        this.intake = new IntakeDesk(parts, b.catalogue);
        this.changes = new ChangePath(parts);
    }

    /** A builder; the clock is the only source of time the office will use. */
    public static OfficeBuilder builder(Clock clock) {
        return new OfficeBuilder(clock);
    }

    // ---------------------------------------------------------------- reports and commands

    /**
     * Takes in a reported matter received by {@code receiver} (first-asked responsible). A report
     * whose external id was taken in before returns that matter and records nothing.
     *
     * @throws InvalidInputException if the receiver is blank, or the location is not an active area
     *     of the current plan revision (field {@code location.area}) or lies in no grid
     * @throws UnknownIdException if the category is not in the taxonomy
     * @throws NotAdmittedException if the admission gate refuses the matter
     */
    public Matter report(MatterReport report, String receiver) {
        return intake.report(report, receiver, null);
    }

    /**
     * Takes in many reports received by {@code receiver} in one batch (one transaction on a durable
     * store), each checked and stored exactly as {@link #report} would. A refused report (the
     * exceptions of {@link #report}) is an {@link Intake} with its refusal and leaves nothing
     * behind; the others are taken in all the same. A report whose external id was taken in before,
     * or earlier in the batch, gives the matter taken in under it.
     *
     * @return one intake per report, in order
     * @throws InvalidInputException if the receiver is blank
     */
    public List<Intake> reportAll(List<MatterReport> reports, String receiver) {
        return intake.reportAll(reports, receiver);
    }

    /**
     * Records a small matter the grid worker found and fixed on the spot (即知即改) in one call: taken
     * in like {@link #report}, then closed at once by a {@link Action#FIX_ON_THE_SPOT} with the
     * evidence references, in one change. The SLA policy's clocks must stop on that action (the
     * shipped "357" does), so nothing is left running on the closed matter;
     * {@link org.gridgov.workflow.matter.OnTheSpotFix#of} counts it as found-and-fixed.
     *
     * @throws InvalidInputException as {@link #report} does, naming {@code evidence} if there is none
     *     or a reference is malformed, or {@code sla.clocks} if a clock of the policy would keep running
     * @throws NotAdmittedException if the admission gate refuses the matter
     */
    public Matter fixOnTheSpot(MatterReport report, String worker, List<String> evidence) {
        OnTheSpotFix.checked(evidence);
        return intake.report(report, worker, evidence);
    }

    /**
     * Applies a person's command, after recording the SLA steps of the matter that fell due.
     *
     * @return the matter after the command
     * @throws UnknownIdException if there is no such matter
     * @throws StaleVersionException if the matter is no longer at the command's version
     * @throws IllegalTransitionException if the lifecycle forbids the action now
     * @throws InvalidInputException if the action lacks a reason or an assignment, or (with
     *     {@link RosterCheck#REFUSE}) names a lead or co-handler not on the roster
     * @throws org.gridgov.workflow.separation.SeparationOfDutiesException if the person who resolved
     *     the matter would verify it and the separation policy does not relax that for its category
     * @throws org.gridgov.workflow.sla.CapExceededException if a suspension or extension would pass
     *     the SLA cap and the command carries no {@link Command#approvedBy district approval}
     */
    public Matter handle(Command command) {
        requireNonNull(command, "command");
        PlanContext pc = plan.get();
        pc.findings(command, rosterCheck); // refuses, or finds what handleChecked returns
        return handled(command, pc).matter();
    }

    /** Like {@link #handle}, with the findings about leads and co-handlers not on the roster. */
    public Handled handleChecked(Command command) {
        requireNonNull(command, "command");
        PlanContext pc = plan.get();
        List<AssignmentFinding> findings = pc.findings(command, rosterCheck);
        MatterRecord stored = handled(command, pc);
        if (findings.isEmpty()) {
            return new Handled(stored.matter(), List.of());
        }
        List<AssignmentFinding> out = new ArrayList<>();
        for (AssignmentFinding f : findings) {
            out.add(new AssignmentFinding(f.matter(), stored.matter().version(), f.field(), f.rule(), f.party()));
        }
        return new Handled(stored.matter(), out);
    }

    /** The command's change: its cap check, separation check and entries ({@link CommandStep}). */
    private MatterRecord handled(Command command, PlanContext pc) {
        CommandStep step = new CommandStep(this, command, pc, separation);
        return changeEntries(command.matter(), command.expectedVersion(), step, step);
    }

    /**
     * Records a satisfaction return visit (回访) on a closed matter: the rating is a
     * {@link Action#RETURN_VISIT} entry of its history (step {@code RETURN_VISIT/CLOSURE/RATING}); a
     * dissatisfied rating then reopens the matter when the policy says so (a {@link Action#REOPEN} by
     * the visitor, a second change). See {@link org.gridgov.workflow.visit.ReturnVisits} for the
     * return visits due.
     *
     * @return the matter after the rating (and the reopening)
     * @throws IllegalTransitionException if the matter is not closed
     * @throws InvalidInputException if its last closure was already rated
     */
    public Matter returnVisit(
            MatterId id,
            org.gridgov.workflow.visit.Rating rating,
            String visitor,
            org.gridgov.workflow.visit.ReturnVisitPolicy policy) {
        return ReturnVisitEntry.record(this, id, rating, visitor, policy);
    }

    /** The one path every change to a matter takes: {@link ChangePath#change}. */
    MatterRecord change(MatterId id, long expected, ClockCache.Prepare prepare, MatterSteps.One step) {
        return changes.change(id, expected, prepare, step);
    }

    /** {@link ChangePath#changeEntries}: several entries in one change. */
    MatterRecord changeEntries(MatterId id, long expected, ClockCache.Prepare prepare, MatterSteps.Many step) {
        return changes.changeEntries(id, expected, prepare, step);
    }

    /**
     * The visits and return visits not done in time that the office acted on (with {@link
     * OfficeBuilder#visits} or {@link OfficeBuilder#returnVisits}), each once, in the order acted on.
     * A system read of what the outbox delivers to the host (no scope check, not audited); a user's
     * listing goes through {@link PersonalData#visitWarnings}.
     */
    public List<VisitWarning> visitWarnings() {
        return store.visitWarnings();
    }

    // ---------------------------------------------------------------- whistles (网格吹哨、部门报到)

    /**
     * Blows the matter's whistle: summons every department of the directory owning its category to
     * report in within its own limit from now, each a {@link Action#SUMMON} entry notifying the
     * department's contacts. The matter must be routed to a joint or tough whistle.
     *
     * @return the summonses made, in directory order
     * @throws IllegalTransitionException if the matter's whistle is routine or it is not open and
     *     registered
     * @throws InvalidInputException if no department owns the matter's category
     */
    public List<Summons> summon(MatterId id, String actor) {
        return whistle.summon(id, actor);
    }

    /**
     * A summoned department reports in (报到), recorded as a {@link Action#CHECK_IN} by {@code actor}.
     *
     * @throws IllegalTransitionException if the department has no pending summons on the matter
     */
    public Matter checkIn(MatterId id, String department, String actor) {
        return whistle.answer(id, department, Action.CHECK_IN, actor, "");
    }

    /**
     * A summoned department refuses, with its reason, recorded as a {@link Action#DECLINE_SUMMONS}.
     *
     * @throws IllegalTransitionException if the department has no pending summons on the matter
     * @throws InvalidInputException if the reason is blank
     */
    public Matter declineSummons(MatterId id, String department, String actor, String reason) {
        return whistle.answer(id, department, Action.DECLINE_SUMMONS, actor, reason);
    }

    /** The matter's summonses and where each answer stands. */
    public List<Summons> summonses(MatterId id) {
        return Summons.of(history(id));
    }

    // ---------------------------------------------------------------- queries

    /**
     * The matter as it is now, report in clear. A system read for the host's own workflow (no scope
     * check, not audited); a user's read goes through {@link PersonalData#matter}.
     *
     * @throws UnknownIdException if there is none
     */
    public Matter matter(MatterId id) {
        return record(id).matter();
    }

    /** The matter, if it exists, report in clear: a system read like {@link #matter}. */
    public Optional<Matter> find(MatterId id) {
        return store.find(requireNonNull(id, "id")).map(MatterRecord::matter);
    }

    /**
     * The matter's history, system entries included, report and reasons in clear. A system read
     * for indicators, exports and the host's workflow (no scope check, not audited); a user's read
     * goes through {@link PersonalData#history}, which masks it.
     *
     * @throws UnknownIdException if there is no such matter
     */
    public MatterHistory history(MatterId id) {
        return record(id).history();
    }

    /**
     * Who answers for the matter now, and why.
     *
     * @throws UnknownIdException if there is no such matter
     */
    public Responsibility responsibility(MatterId id) {
        return matter(id).responsibility();
    }

    /**
     * Snapshots of the matter's SLA clocks as of now, in metric order (a clock that cannot be
     * computed is left out and listed by {@link #clockProblems()}).
     *
     * @throws UnknownIdException if there is no such matter
     */
    public List<SlaClock> clocks(MatterId id) {
        return locks.with(id, () -> {
            Policies p = policies.get();
            WorkingCalendar cal = calendar.get();
            return slas.get(record(id), p.sla(), cal).clocks(p.sla(), cal, clock.instant());
        });
    }

    /** The matter's pending timers as stored (its clocks' next steps). */
    public List<Timer> timers(MatterId id) {
        return store.timers(requireNonNull(id, "id"));
    }

    /**
     * The open matters a query selects, in id order: {@code openMatters(MatterQuery.open().in(street))}.
     * A system query, reports in clear (no scope check, not audited); a user's listing goes through
     * {@link PersonalData#openMatters}, which masks it.
     */
    public List<Matter> openMatters(MatterQuery query) {
        return store.openMatters(requireNonNull(query, "query"));
    }

    /**
     * A matter's report in clear text for an actor with the matter in scope; audited either way.
     * Masked queries, scoped return visits and the trail: {@link #personalData()}.
     *
     * @throws org.gridgov.core.access.AccessDeniedException if outside the actor's scope
     */
    public MatterReport reveal(Actor actor, MatterId id, Purpose purpose) {
        return personal.reveal(actor, id, purpose);
    }

    /** The office's personal data behind actors' scopes, every call audited. */
    public PersonalData personalData() {
        return personal;
    }

    /** Matters whose clocks could not be computed. */
    public List<ClockProblem> clockProblems() {
        return store.clockProblems();
    }

    /** The plan revision in force. */
    public GridPlan plan() {
        return plan.get().plan();
    }

    /** The policies in force. */
    public Policies policies() {
        return policies.get();
    }

    /** The calendar in force. */
    public WorkingCalendar calendar() {
        return calendar.get();
    }

    /** The modes of all areas and the record of switches. */
    public ModeBook modes() {
        return settings.get().modes();
    }

    /** The mode an area is in now. */
    public Mode modeOf(AreaCode area) {
        return settings.get().modes().modeOf(area);
    }

    /** The admission list now. */
    public AdmissionList admissions() {
        return settings.get().admissions();
    }

    /** The office settings: modes, admission list, the record of policies and calendars. */
    public OfficeSettings settings() {
        return settings.get();
    }

    /** The office's clock. */
    public Clock clock() {
        return clock;
    }

    private MatterRecord record(MatterId id) {
        return store.find(requireNonNull(id, "id")).orElseThrow(() -> new UnknownIdException("matter", id.toString()));
    }

    // ---------------------------------------------------------------- office state

    /**
     * Switches an area (and the areas below it without a switch of their own) into a mode, recorded
     * in the settings. If the mode policy says so, every open registered matter in the area whose
     * level changes gets a {@link Action#REROUTE}.
     *
     * @throws NotAuthorisedException if the mode policy does not let {@code actor} switch the area
     */
    public ModeChange switchMode(AreaCode area, Mode mode, String actor, String reason) {
        return desk.switchMode(area, mode, actor, reason);
    }

    /**
     * Changes the admission list, e.g. {@code l -> l.approve(...)}, recorded in the settings. The
     * function must be free of side effects.
     *
     * @return the new list
     */
    public AdmissionList changeAdmissions(UnaryOperator<AdmissionList> change) {
        return desk.changeAdmissions(change);
    }

    /**
     * Puts a new SLA policy version in force: every open clock selects its target again, recording
     * old and new due instants in its timeline.
     */
    public void changePolicy(SlaPolicy next, String actor, String reason) {
        desk.changePolicy(next, actor, reason);
    }

    /** Puts new routing rules in force for registrations and re-routings from now on. */
    public void changeRouting(RoutingPolicy next, String actor, String reason) {
        desk.changeRouting(next, actor, reason);
    }

    /**
     * Puts a corrected or extended calendar in force, typically the current one {@linkplain
     * WorkingCalendar#plus plus} a year's official arrangement. Only the open matters whose running
     * deadlines the change may move ({@link CalendarChange#affects}: a changed day between start and
     * due, or a provisional year that turned official) are recomputed, each move (old and new due
     * instant, the reason) a {@link org.gridgov.workflow.sla.ClockEntry.Kind#RECOMPUTE} entry in
     * the clock's timeline; other matters are not touched. Matters whose clocks could not be
     * computed are rebuilt from their histories, which clears their problems when the new calendar
     * covers them.
     */
    public void changeCalendar(WorkingCalendar next, String actor, String reason) {
        desk.changeCalendar(next, actor, reason);
    }

    /**
     * Moves the office to a new plan revision with its roster and resolver, swapped atomically; open
     * matters in a retired, merged, re-coded or split grid are re-homed through the change records
     * after the current revision, each move a {@link Action#REHOME} in their history.
     *
     * @return the matters re-homed, in id order
     * @throws InvalidInputException if the history's current revision is not after the office's
     */
    public List<MatterId> revisePlan(PlanHistory history, Roster roster, GridResolver resolver, String actor) {
        return desk.revisePlan(history, roster, resolver, actor);
    }

    // ---------------------------------------------------------------- time

    /**
     * Fires every SLA step due at the clock's instant (each recorded once, as a system entry that
     * acts) and acts on visits missed (each once, see {@link #visitWarnings()}), then delivers the outbox: each event to every listener, in order per matter; a failed
     * delivery waits an exponential backoff from the clock before its retry.
     */
    public Tick tick() {
        Instant now = clock.instant();
        int fired = due.fireDue(now, ids -> batch.fireAll(ids, now));
        fired += whistle.fireNoShows(now);
        fired += visits.fire(now);
        int[] counts = outbox.deliver(now);
        return new Tick(fired, counts[0], counts[1]);
    }

    /** The wait before attempt {@code n + 1} after {@code n} failures: initial x 2^(n-1), capped. */
    Duration backoff(int failures) {
        return outbox.backoff(failures);
    }

    /** Starts ticking on the office's own single daemon thread, every tick period. */
    public void start() {
        timer.start(this::safeTick);
    }

    /** Starts ticking on the host's executor, every tick period; {@link #close()} stops it (not the executor). */
    public void start(ScheduledExecutorService executor) {
        timer.start(executor, this::safeTick);
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            tickFailures.incrementAndGet();
            LOG.log(
                    System.Logger.Level.ERROR,
                    "tick failed with " + e.getClass().getName());
        }
    }

    /** Stops ticking (and the office's own thread); the store stays as committed. */
    @Override
    public void close() {
        timer.stop();
    }

    /** The office's health: timer, outbox, clock problems, failed ticks, provisional deadlines. */
    public OfficeHealth health() {
        return HealthCheck.of(this, store, timer.running(), tickFailures.get(), clock.instant());
    }
}
