package org.gridgov.examples.simulate;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.register.RegisterOffice;
import org.gridgov.workflow.admission.NotAdmittedException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.office.MatterQuery;
import org.gridgov.workflow.office.OfficeBuilder;
import org.gridgov.workflow.office.OfficeEvent;
import org.gridgov.workflow.office.OfficeStore;
import org.gridgov.workflow.store.jdbc.JdbcAuditStore;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.time.ManualClock;

/**
 * A district's month in minutes: residents report at GCJ-02 coordinates, the office locates and
 * routes their matters, simulated staff act with seeded habits, SLA timers tick, and the
 * consequences (warnings, breaches, escalations, supervision cards, notifications) happen in the
 * matters' histories. The seeds' practices run too: whistles summon departments, who report in,
 * refuse or do not show ({@link Departments}); departments push tasks through the admission gate;
 * grid workers fix small matters on the spot ({@link Patrols}); supervisors call back the reporters
 * of escalated or supervised matters, or of matters a department failed, through the audited
 * reveal ({@link Supervisors}). The reports come from residents of the district's register
 * ({@link Residents}). The office's proof end to end, and the {@code grid simulate} command.
 *
 * <pre>{@code
 * SimulationSummary s = DistrictSimulation.builder(SampleDistrict.read(samples))
 *     .start(Instant.parse("2026-12-14T00:00:00Z")).days(30).seed(7).rate(40)
 *     .build().run();
 * }</pre>
 *
 * <p>Time moves on a {@link ManualClock} in steps of 15 minutes; the office ticks after every
 * step. Every random decision is a pure function of the seed and what it decides (report number,
 * matter and step), so a run resumed on the store of a crashed one sends the same reports (taken
 * in once, by external id) and takes the same decisions. Not thread-safe: one run at a time.
 */
public final class DistrictSimulation {
    /** The simulation's time step. */
    public static final Duration STEP = Duration.ofMinutes(15);

    private static final int STEPS_PER_DAY = 96;

    private final SampleDistrict district;
    private final Instant start;
    private final int days;
    private final long seed;
    private final double rate;
    private final OfficeStore store;
    private final StoredRun stored;
    private final PrintWriter commitLog;
    private final Consumer<String> progress;
    private final ManualClock clock;
    private final AuditTrail trail;
    private final Staff staff;
    private final Departments departments;
    private final Patrols patrols;
    private Residents residents;
    private Supervisors supervisors;
    private final Map<MatterId, CachedMove> moves = new HashMap<>();
    private final LinkedHashSet<MatterId> matters = new LinkedHashSet<>();
    private final Map<MatterId, Long> printed = new HashMap<>();
    private final SplittableRandom channel;
    private long refusedReports;
    private long refusedPushes;
    private long commands;
    private long refusedCommands;
    private long delivered;
    private long failures;

    private record CachedMove(
            long version, Optional<Staff.Move> move, Optional<Departments.Move> whistle, boolean callback) {}

    private DistrictSimulation(Builder b) {
        this.district = b.district;
        this.start = b.start;
        this.days = b.days;
        this.seed = b.seed;
        this.rate = b.rate;
        this.store = b.store;
        this.stored = b.database == null ? null : new StoredRun(b.database);
        this.commitLog = b.commitLog;
        this.progress = b.progress;
        this.clock = ManualClock.of(start, district.calendar().zone());
        this.trail = b.database == null
                ? AuditTrail.inMemory(clock)
                : AuditTrail.of(new JdbcAuditStore(b.database), clock, AuditTrail.DEFAULT_RETENTION);
        this.staff = new Staff(seed, district);
        this.departments = new Departments(seed, district);
        this.patrols = new Patrols(seed, district);
        this.channel = Seeds.random(seed, "channel", 0);
    }

    /** A builder for a run on this district. */
    public static Builder builder(SampleDistrict district) {
        return new Builder(district);
    }

    /** Runs the simulation to its end and returns what happened. */
    public Result run() {
        OfficeBuilder ob = GridOffice.builder(clock)
                .plan(district.plan(), district.roster())
                .resolver(district.locator())
                .policies(district.policies())
                .departments(district.departments())
                .auditTrail(trail)
                .calendar(district.calendar())
                .retry(Duration.ofMinutes(5), Duration.ofHours(2))
                .listener(this::notifyHost);
        if (store != null) {
            ob.store(store);
        }
        try (GridOffice office = ob.build()) {
            int first = resume(office);
            this.residents =
                    new Residents(seed, district, RegisterOffice.open(district.readRegister(), trail), staff::worker);
            this.supervisors = new Supervisors(trail);
            long reportNo = 0;
            long pushNo = 0;
            long fixNo = 0;
            for (int step = 0; step < first; step++) {
                Instant from = start.plus(STEP.multipliedBy(step));
                reportNo += arrivals(step, from).size();
                pushNo += Arrivals.of(seed, "pushes", step, from, rate / 8, district)
                        .size();
                fixNo += Arrivals.of(seed, "fixes", step, from, rate / 6, district)
                        .size();
            }
            for (int step = first; step < days * STEPS_PER_DAY; step++) {
                Instant from = start.plus(STEP.multipliedBy(step));
                Instant to = from.plus(STEP);
                List<Event> events = new ArrayList<>();
                for (Instant at : arrivals(step, from)) {
                    long n = reportNo++;
                    events.add(new Event(at, () -> report(office, n)));
                }
                for (Instant at : Arrivals.of(seed, "pushes", step, from, rate / 8, district)) {
                    long n = pushNo++;
                    events.add(new Event(at, () -> push(office, n)));
                }
                for (Instant at : Arrivals.of(seed, "fixes", step, from, rate / 6, district)) {
                    long n = fixNo++;
                    events.add(new Event(at, () -> fix(office, n)));
                }
                for (Matter m : office.openMatters(MatterQuery.open())) {
                    logCommits(office, m);
                    CachedMove next = decided(office, m);
                    if (next.callback()) {
                        supervisors.call(office, m);
                    }
                    nextEvent(office, next, to).ifPresent(events::add);
                }
                events.sort(Comparator.comparing(Event::at));
                for (Event e : events) {
                    if (e.at().isAfter(clock.instant())) {
                        clock.set(e.at());
                    }
                    e.run().run();
                }
                clock.set(to);
                office.tick();
                save(step + 1);
                if ((step + 1) % STEPS_PER_DAY == 0) {
                    progress.accept(dayLine(office, (step + 1) / STEPS_PER_DAY));
                }
            }
            office.tick();
            for (Matter m : office.openMatters(MatterQuery.open())) {
                logCommits(office, m);
            }
            save(Math.max(first, days * STEPS_PER_DAY));
            return new Result(
                    Tally.summary(
                            office,
                            matters,
                            new Tally.Counters(
                                    refusedReports,
                                    refusedPushes,
                                    commands,
                                    refusedCommands,
                                    delivered,
                                    failures,
                                    supervisors.count())),
                    histories(office));
        }
    }

    /**
     * Picks up a stored run: its counters, matters, clock and the deliveries' random draws; returns
     * the first step to do (0 for a new run).
     */
    private int resume(GridOffice office) {
        if (stored == null) {
            return 0;
        }
        Optional<StoredRun.Progress> saved = stored.resume(seed, start, rate);
        if (saved.isEmpty()) {
            return 0;
        }
        StoredRun.Progress p = saved.get();
        refusedReports = p.refusedReports();
        refusedPushes = p.refusedPushes();
        commands = p.commands();
        refusedCommands = p.refusedCommands();
        delivered = p.delivered();
        failures = p.failures();
        for (long i = 0; i < delivered + failures; i++) {
            channel.nextDouble();
        }
        for (MatterId id : stored.matters()) {
            matters.add(id);
            printed.put(id, office.matter(id).version());
        }
        Instant at = start.plus(STEP.multipliedBy(p.steps()));
        Instant last = stored.lastCommitted().orElse(at);
        clock.set(last.isAfter(at) ? last : at);
        return p.steps();
    }

    private void save(int steps) {
        if (stored != null) {
            stored.save(new StoredRun.Progress(
                    seed,
                    start,
                    rate,
                    steps,
                    refusedReports,
                    refusedPushes,
                    commands,
                    refusedCommands,
                    delivered,
                    failures));
        }
    }

    /** Something that happens at an instant of a step: a report, a push, a fix or a person's move. */
    private record Event(Instant at, Runnable run) {}

    /** The instants of the reports arriving in a step: residents write between 07:00 and 23:00. */
    private List<Instant> arrivals(int step, Instant from) {
        return Arrivals.poisson(
                seed, "arrivals", step, from, rate, 7, 23, district.calendar().zone());
    }

    private void report(GridOffice office, long n) {
        Residents.Sent sent = residents.report(n);
        try {
            Matter m = office.report(sent.report(), receiver(sent.report(), sent.grid()));
            matters.add(m.id());
            logCommits(office, m);
        } catch (GridException e) {
            refusedReports++;
        }
    }

    /** A department pushes task {@code n} down; the gate admits it or refuses it. */
    private void push(GridOffice office, long n) {
        Departments.Pushed p = departments.push(n, office.admissions().items());
        try {
            Matter m = office.report(p.report(), staff.worker(p.grid()));
            matters.add(m.id());
            logCommits(office, m);
        } catch (NotAdmittedException e) {
            refusedPushes++;
        } catch (GridException e) {
            refusedReports++;
        }
    }

    /** A grid worker on patrol fixes small matter {@code n} on the spot. */
    private void fix(GridOffice office, long n) {
        Patrols.Fix f = patrols.fix(n);
        try {
            Matter m = office.fixOnTheSpot(f.report(), staff.worker(f.grid()), f.evidence());
            matters.add(m.id());
            logCommits(office, m);
        } catch (GridException e) {
            refusedReports++;
        }
    }

    /** A whistle, or a summoned department's answer. */
    private void answer(GridOffice office, Departments.Move w) {
        MatterId id = w.matter().id();
        try {
            switch (w.kind()) {
                case SUMMON -> office.summon(id, w.actor());
                case CHECK_IN -> office.checkIn(id, w.department(), w.actor());
                default -> office.declineSummons(id, w.department(), w.actor(), "不属于本部门职责, 建议另行协调");
            }
            commands++;
        } catch (GridException e) {
            refusedCommands++;
        }
        logCommits(office, office.matter(id));
    }

    private String receiver(MatterReport report, AreaCode grid) {
        return switch (report.channel()) {
            case HOTLINE_12345 -> "hotline:12345";
            default -> staff.worker(grid);
        };
    }

    /**
     * The first move on the matter due before {@code to}: its staff's or its departments', one per
     * matter and step (the other, at the matter's next version, is decided again at the next step).
     */
    private Optional<Event> nextEvent(GridOffice office, CachedMove cached, Instant to) {
        Optional<Staff.Move> mine = cached.move().filter(mv -> mv.at().isBefore(to));
        Optional<Departments.Move> theirs =
                cached.whistle().filter(mv -> mv.at().isBefore(to));
        if (theirs.isPresent()
                && (mine.isEmpty() || theirs.get().at().isBefore(mine.get().at()))) {
            Departments.Move w = theirs.get();
            return Optional.of(new Event(w.at(), () -> answer(office, w)));
        }
        return mine.map(mv -> new Event(mv.at(), () -> act(office, mv)));
    }

    /** What the staff, the departments and the supervisors do next on the matter at its version. */
    private CachedMove decided(GridOffice office, Matter m) {
        CachedMove cached = moves.get(m.id());
        if (cached == null || cached.version() != m.version()) {
            MatterHistory h = office.history(m.id());
            cached = new CachedMove(m.version(), staff.next(m, h), departments.next(m, h), Supervisors.due(m, h));
            moves.put(m.id(), cached);
        }
        return cached;
    }

    private void act(GridOffice office, Staff.Move move) {
        try {
            logCommits(office, office.handle(move.command()));
            commands++;
        } catch (GridException e) {
            refusedCommands++;
        }
    }

    /** The host's notification channel: accepts 95% of deliveries, so retries happen. */
    private void notifyHost(OfficeEvent event) {
        if (event.kind() != OfficeEvent.Kind.NOTIFICATION) {
            return;
        }
        if (channel.nextDouble() < 0.05) {
            failures++;
            throw new IllegalStateException("simulated SMS gateway timeout");
        }
        delivered++;
    }

    /**
     * Prints the matter's transitions committed since those printed last, read back from the
     * office: a line is printed only for what the store holds, as soon as the call that committed it
     * returned (for SLA steps: the tick, seen at the next step).
     */
    private void logCommits(GridOffice office, Matter m) {
        if (commitLog == null) {
            return;
        }
        long seen = printed.getOrDefault(m.id(), 0L);
        if (m.version() <= seen) {
            return;
        }
        for (Transition t : office.history(m.id()).since(seen)) {
            commitLog.println("COMMIT " + t.matter() + " " + t.version() + " " + t.action());
        }
        commitLog.flush();
        printed.put(m.id(), m.version());
    }

    private String dayLine(GridOffice office, int day) {
        return String.format(
                "day %d/%d (%s): %d matters, %d open",
                day,
                days,
                clock.instant().atZone(district.calendar().zone()).toLocalDate(),
                matters.size(),
                office.openMatters(MatterQuery.open()).size());
    }

    private List<MatterHistory> histories(GridOffice office) {
        List<MatterHistory> out = new ArrayList<>();
        for (MatterId id : matters) {
            out.add(office.history(id));
        }
        return out;
    }

    /**
     * What a run leaves: its summary and every matter's history, in the order they were taken in.
     *
     * @param summary the counts
     * @param histories the matters' histories
     */
    public record Result(SimulationSummary summary, List<MatterHistory> histories) {
        /** Copies the list. */
        public Result {
            requireNonNull(summary, "summary");
            histories = List.copyOf(histories);
        }
    }

    /** Builds a {@link DistrictSimulation}. Not thread-safe. */
    public static final class Builder {
        private final SampleDistrict district;
        private Instant start = Instant.parse("2026-12-14T00:00:00Z");
        private int days = 30;
        private long seed = 1;
        private double rate = 40;
        private OfficeStore store;
        private DataSource database;
        private PrintWriter commitLog;
        private Consumer<String> progress = line -> {};

        private Builder(SampleDistrict district) {
            this.district = requireNonNull(district, "district");
        }

        /** When the simulation starts (default 2026-12-14T00:00:00Z). */
        public Builder start(Instant value) {
            this.start = requireNonNull(value, "start");
            return this;
        }

        /**
         * How many days it runs (default 30).
         *
         * @throws InvalidInputException unless 1 to 3,660
         */
        public Builder days(int value) {
            if (value < 1 || value > 3660) {
                throw new InvalidInputException("days", "from 1 to 3660", value);
            }
            this.days = value;
            return this;
        }

        /** The seed of every random decision (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Residents' reports per day (default 40).
         *
         * @throws InvalidInputException unless a number from 0 to 100,000
         */
        public Builder rate(double value) {
            if (!(value >= 0 && value <= 100_000)) {
                throw new InvalidInputException("rate", "a number of matters per day from 0 to 100000", value);
            }
            this.rate = value;
            return this;
        }

        /** The office's store (default: a new in-memory store). */
        public Builder store(OfficeStore value) {
            this.store = requireNonNull(value, "store");
            return this;
        }

        /**
         * Keeps the office and the run's progress in this database (with the office schema): a run
         * on the database of a run with the same start, seed and rate resumes it.
         */
        public Builder database(DataSource value) {
            this.database = requireNonNull(value, "database");
            this.store = new JdbcOfficeStore(value);
            return this;
        }

        /** Prints {@code COMMIT <matter> <version> <action>} for every committed transition, flushed. */
        public Builder commitLog(PrintWriter value) {
            this.commitLog = requireNonNull(value, "commitLog");
            return this;
        }

        /** Receives a line at the end of every simulated day. */
        public Builder progress(Consumer<String> value) {
            this.progress = requireNonNull(value, "progress");
            return this;
        }

        /** The simulation. */
        public DistrictSimulation build() {
            return new DistrictSimulation(this);
        }
    }
}
