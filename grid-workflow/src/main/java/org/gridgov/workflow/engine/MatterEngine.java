package org.gridgov.workflow.engine;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.GridResolver;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.workflow.admission.AdmissionDecision;
import org.gridgov.workflow.admission.AdmissionGate;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.admission.NotAdmittedException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.IllegalTransitionException;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Rerouting;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModeBook;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.mode.ModeSwitch;
import org.gridgov.workflow.mode.NotAuthorisedException;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.routing.RoutingPolicy;

/**
 * The front door for matters: takes them in, moves them through their lifecycle, and answers who
 * is responsible.
 *
 * <p>Build with {@link #builder(Clock)}. Every transition's time comes from that clock. Intake
 * ({@link #report}) resolves the location, checks the category and the admission gate, and is
 * idempotent by external id. {@link #handle} applies a {@link Command} if the matter is still at
 * the command's version ({@link StaleVersionException} otherwise) and the lifecycle allows it
 * ({@link IllegalTransitionException} otherwise); a rejected command changes nothing. Listeners
 * receive every committed transition.
 *
 * <p>Thread-safe: commands on one matter are serialised by a lock per matter (striped), commands
 * on different matters run in parallel, and the store's compare-and-set on versions guards
 * against lost updates. The admission list and the mode book are swapped atomically.
 */
public final class MatterEngine {
    private static final System.Logger LOG = System.getLogger(MatterEngine.class.getName());
    private static final int STRIPES = 64;

    private final Clock clock;
    private final Taxonomy taxonomy;
    private final RoutingPolicy routing;
    private final DutyCatalogue catalogue;
    private final ModePolicy modePolicy;
    private final GridResolver resolver;
    private final MatterStore store;
    private final List<MatterListener> listeners;
    private final AtomicReference<AdmissionList> admissions;
    private final AtomicReference<ModeBook> modes = new AtomicReference<>(ModeBook.empty());
    private final Object[] locks = new Object[STRIPES];

    private MatterEngine(Builder b) {
        this.clock = b.clock;
        this.taxonomy = b.taxonomy;
        this.routing = b.routing;
        this.catalogue = b.catalogue;
        this.modePolicy = b.modePolicy;
        this.resolver = b.resolver;
        this.store = b.store;
        this.listeners = new CopyOnWriteArrayList<>(b.listeners);
        this.admissions = new AtomicReference<>(b.admissions);
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** A builder with the defaults: default taxonomy and routing, standard duties, empty admission list, in-memory store. */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /**
     * Takes in a reported matter, received by {@code receiver} (who becomes first-asked
     * responsible). If the report carries an external id already taken in, returns that matter
     * unchanged and records nothing.
     *
     * @throws org.gridgov.core.UnknownIdException if the category is not in the taxonomy
     * @throws InvalidInputException if the receiver is blank or a coordinate lies in no grid
     * @throws NotAdmittedException if the admission gate refuses the matter
     */
    public Matter report(MatterReport report, String receiver) {
        requireNonNull(report, "report");
        Transition.requireReceiver(receiver); // refused before an idempotent repeat is answered
        Optional<MatterId> known = report.externalId().flatMap(store::byExternalId);
        if (known.isPresent()) {
            return get(known.get());
        }
        Category category = taxonomy.get(report.category());
        AreaCode area = report.location().resolve(resolver);
        AdmissionDecision admission =
                AdmissionGate.admit(catalogue, admissions.get(), report, category, area, LocalDate.now(clock));
        MatterId id = store.nextId();
        Transition reported = Transition.reported(
                id, receiver, clock.instant(), report.department().isPresent() ? admission.record() : "");
        Matter matter = Lifecycle.start(report, area, category, reported);
        synchronized (lock(id)) {
            Matter stored = store.create(matter, MatterHistory.of(report, area, category, List.of(reported)));
            if (stored.id().equals(id)) {
                notifyListeners(stored, reported);
            }
            return stored;
        }
    }

    /**
     * Applies a command.
     *
     * @return the matter after the transition
     * @throws UnknownIdException if there is no such matter
     * @throws StaleVersionException if the matter is no longer at the command's version
     * @throws IllegalTransitionException if the lifecycle forbids the action in the matter's state
     * @throws InvalidInputException if the action needs a reason or an assignment it lacks
     */
    public Matter handle(Command command) {
        requireNonNull(command, "command");
        synchronized (lock(command.matter())) {
            Matter current = get(command.matter());
            if (current.version() != command.expectedVersion()) {
                throw new StaleVersionException(current.id(), command.expectedVersion(), current.version());
            }
            State to = Lifecycle.next(current, command.action(), command.reason());
            Transition t = new Transition(
                    current.id(),
                    current.version() + 1,
                    command.action(),
                    current.state(),
                    to,
                    command.actor(),
                    clock.instant(),
                    command.reason(),
                    command.assignment(),
                    routingFor(current, command.action()));
            return commit(current, t);
        }
    }

    private Routing routingFor(Matter m, Action action) {
        return Rerouting.carriedBy(m, action, routing, modeOf(m.area()));
    }

    private Matter commit(Matter current, Transition t) {
        Matter next = Lifecycle.apply(current, t);
        store.update(next, t);
        notifyListeners(next, t);
        return next;
    }

    private void notifyListeners(Matter after, Transition t) {
        for (MatterListener l : listeners) {
            try {
                l.onTransition(after, t);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "listener failed on " + t.matter() + " version " + t.version(), e);
            }
        }
    }

    /**
     * Switches {@code area} (and the areas below it without a switch of their own) into
     * {@code mode}, recorded. New matters are routed under the new mode; if the mode policy says
     * so, every open registered matter in the area whose routing changes gets a
     * {@link Action#REROUTE} transition.
     *
     * @return the switch and the matters re-routed
     * @throws NotAuthorisedException if the mode policy does not let {@code actor} switch the area
     */
    public ModeChange switchMode(AreaCode area, Mode mode, String actor, String reason) {
        requireNonNull(area, "area");
        requireNonNull(mode, "mode");
        if (actor == null || !modePolicy.permits(actor, area)) {
            throw new NotAuthorisedException(String.valueOf(actor), area);
        }
        ModeSwitch change = new ModeSwitch(area, mode, actor, clock.instant(), reason);
        modes.updateAndGet(book -> book.with(change));
        List<MatterId> rerouted = new ArrayList<>();
        if (modePolicy.reRouteOpenMatters()) {
            for (Matter candidate : store.open()) {
                if (area.contains(candidate.area()) && reroute(candidate.id(), actor, mode, reason)) {
                    rerouted.add(candidate.id());
                }
            }
        }
        rerouted.sort(null);
        return new ModeChange(change, List.copyOf(rerouted));
    }

    private boolean reroute(MatterId id, String actor, Mode mode, String reason) {
        synchronized (lock(id)) {
            Matter m = get(id);
            Optional<Transition> t =
                    Rerouting.after(m, routing, modeOf(m.area()), actor, clock.instant(), mode + ": " + reason);
            if (t.isEmpty()) {
                return false;
            }
            commit(m, t.get());
            return true;
        }
    }

    /** The open matters located in {@code area} or below it, in id order. */
    public List<Matter> openMatters(AreaCode area) {
        requireNonNull(area, "area");
        List<Matter> out = new ArrayList<>();
        for (Matter m : store.open()) {
            if (area.contains(m.area())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Matter::id));
        return out;
    }

    /** The matter as it is now, if it exists. */
    public Optional<Matter> find(MatterId id) {
        return store.find(id);
    }

    /**
     * The matter as it is now.
     *
     * @throws UnknownIdException if there is none
     */
    public Matter get(MatterId id) {
        return store.find(id).orElseThrow(() -> new UnknownIdException("matter", id.toString()));
    }

    /**
     * The matter's history.
     *
     * @throws UnknownIdException if there is no such matter
     */
    public MatterHistory history(MatterId id) {
        return store.history(id).orElseThrow(() -> new UnknownIdException("matter", id.toString()));
    }

    /**
     * Who is responsible for the matter now, and why.
     *
     * @throws UnknownIdException if there is no such matter
     */
    public Responsibility responsibleNow(MatterId id) {
        return get(id).responsibility();
    }

    /** The current admission list. */
    public AdmissionList admissions() {
        return admissions.get();
    }

    /**
     * Changes the admission list atomically, e.g. {@code l -> l.approve(...)}. The function must
     * be free of side effects: it may run more than once under contention.
     *
     * @return the new list
     */
    public AdmissionList changeAdmissions(UnaryOperator<AdmissionList> change) {
        return admissions.updateAndGet(change);
    }

    /** The modes of all areas and the record of switches. */
    public ModeBook modes() {
        return modes.get();
    }

    /** The mode {@code area} is in now. */
    public Mode modeOf(AreaCode area) {
        return modes.get().modeOf(area);
    }

    /** Adds a listener for transitions committed from now on. */
    public void addListener(MatterListener listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    /** The engine's clock. */
    public Clock clock() {
        return clock;
    }

    private Object lock(MatterId id) {
        return locks[Math.floorMod(id.hashCode(), STRIPES)];
    }

    /** Builds a {@link MatterEngine}; not thread-safe, use once. */
    public static final class Builder {
        private final Clock clock;
        private Taxonomy taxonomy = Taxonomy.defaults();
        private RoutingPolicy routing = RoutingPolicy.defaults();
        private DutyCatalogue catalogue = DutyCatalogue.standard();
        private AdmissionList admissions = AdmissionList.empty();
        private ModePolicy modePolicy = new ModePolicy(List.of(), false);
        private GridResolver resolver = GridResolver.NONE;
        private MatterStore store = new InMemoryMatterStore();
        private final List<MatterListener> listeners = new ArrayList<>();

        private Builder(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
        }

        /** The categories (default: {@link Taxonomy#defaults()}). */
        public Builder taxonomy(Taxonomy value) {
            this.taxonomy = requireNonNull(value, "taxonomy");
            return this;
        }

        /** The routing rules (default: {@link RoutingPolicy#defaults()}). */
        public Builder routing(RoutingPolicy value) {
            this.routing = requireNonNull(value, "routing");
            return this;
        }

        /** The duty catalogue the gate admits (default: {@link DutyCatalogue#standard()}). */
        public Builder catalogue(DutyCatalogue value) {
            this.catalogue = requireNonNull(value, "catalogue");
            return this;
        }

        /** The admission list to start from (default: empty). */
        public Builder admissions(AdmissionList value) {
            this.admissions = requireNonNull(value, "admissions");
            return this;
        }

        /** Who may switch modes and whether open matters are re-routed (default: nobody, no). */
        public Builder modePolicy(ModePolicy value) {
            this.modePolicy = requireNonNull(value, "modePolicy");
            return this;
        }

        /** Resolves coordinates to grids (default: {@link GridResolver#NONE}). */
        public Builder resolver(GridResolver value) {
            this.resolver = requireNonNull(value, "resolver");
            return this;
        }

        /** The store (default: a new {@link InMemoryMatterStore}). */
        public Builder store(MatterStore value) {
            this.store = requireNonNull(value, "store");
            return this;
        }

        /** Adds a listener. */
        public Builder listener(MatterListener value) {
            this.listeners.add(requireNonNull(value, "listener"));
            return this;
        }

        /**
         * The engine.
         *
         * @throws InvalidInputException if a category of the taxonomy names a duty the catalogue lacks
         */
        public MatterEngine build() {
            List<Category> categories = taxonomy.categories();
            for (int i = 0; i < categories.size(); i++) {
                String duty = categories.get(i).duty();
                if (duty != null && catalogue.find(duty).isEmpty()) {
                    throw new InvalidInputException(
                            "taxonomy.categories[" + i + "].duty", "a category's duty is in the duty catalogue", duty);
                }
            }
            return new MatterEngine(this);
        }
    }
}
