package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.access.Actor;
import org.gridgov.jsonscan.JsonValueScan;
import org.gridgov.workflow.engine.MatterStore;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitSubject;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 in grid-workflow: scans the compiled public API for operations that hand out, record or
 * change other people's personal data without a scope check.
 *
 * <p>The rule: a <em>holder</em> is a public class of an exported package that keeps other
 * people's data (an instance field whose type mentions {@link OfficeStore}, {@link MatterStore},
 * {@link GridOffice}, {@link VisitSource}, {@link VisitBook} or {@link VisitLedger}, or, unless it
 * is itself a value, a
 * collection or map of personal values) and is not itself a store (the storage SPI is below the
 * scope boundary). Every public instance method of a holder whose return type <em>or a parameter
 * type</em> mentions a personal type ({@link #PERSONAL}), directly, as a type argument or as a
 * component of a record, must take an {@link Actor}, or be listed in {@link #TRUSTED_HOST_CALLS}
 * with the reason. A {@link VisitLedger} (where a book keeps its visits) is below the book's scope
 * checks: it and every public ledger (the durable {@code JdbcVisitLedger}) have no public operation
 * that takes or hands out a personal type at all, actor or not. That list holds the office's command API from before scopes and its system reads
 * (kept for hosts, who call them as the system with their own checks, each documented as such on
 * the method); it may shrink, and a new entry is a reviewed decision, not an accident. A failure
 * names each method as {@code Type.method}.
 */
class PersonalDataApiScanTest {
    /**
     * The types that carry personal data: a matter's report and reporter (and what holds them: the
     * matter, its history, the store's record), a transition (its reason is free text), the visits
     * of people and the subjects of visits (who, where, a category such as a special population),
     * and the warnings about missed visits (a subject with the rule that names its category).
     */
    private static final Set<Class<?>> PERSONAL = Set.of(
            Reporter.class,
            MatterReport.class,
            Matter.class,
            MatterHistory.class,
            MatterRecord.class,
            Transition.class,
            VisitRecord.class,
            VisitSubject.class,
            VisitWarning.class);

    private static final Set<Class<?>> KEEPS_MATTERS = Set.of(
            OfficeStore.class,
            MatterStore.class,
            GridOffice.class,
            VisitSource.class,
            VisitBook.class,
            VisitLedger.class);

    /** Calls a host makes as the system (its own users are checked through {@link PersonalData}). */
    private static final Map<String, String> TRUSTED_HOST_CALLS = Map.ofEntries(
            Map.entry("GridOffice.report", "intake: the caller hands the report in"),
            Map.entry("GridOffice.reportAll", "intake of a batch: the caller hands the reports in"),
            Map.entry("GridOffice.fixOnTheSpot", "intake by the grid worker who holds the report"),
            Map.entry("GridOffice.handle", "a workflow command; returns the matter to the system caller"),
            Map.entry("GridOffice.handleChecked", "a workflow command, with findings"),
            Map.entry("GridOffice.returnVisit", "system form of PersonalData.returnVisit"),
            Map.entry("GridOffice.checkIn", "a department's check-in command"),
            Map.entry("GridOffice.declineSummons", "a department's refusal command"),
            Map.entry("GridOffice.matter", "system read; users read through PersonalData.matter"),
            Map.entry("GridOffice.find", "system read; users read through PersonalData.matter"),
            Map.entry("GridOffice.history", "system read for indicators and exports"),
            Map.entry("GridOffice.openMatters", "system query; users list through PersonalData.openMatters"),
            Map.entry(
                    "GridOffice.visitWarnings",
                    "system read of what the outbox delivers to the host; users list through PersonalData.visitWarnings"),
            Map.entry("MatterEngine.report", "the bare engine under the office, host-internal"),
            Map.entry("MatterEngine.handle", "the bare engine under the office, host-internal"),
            Map.entry("MatterEngine.get", "the bare engine under the office, host-internal"),
            Map.entry("MatterEngine.openMatters", "the bare engine under the office, host-internal"),
            Map.entry("MatterEngine.find", "the bare engine under the office, host-internal"),
            Map.entry("MatterEngine.history", "the bare engine under the office, host-internal"));

    @Test
    void everyPublicOperationHandingOutPersonalDataTakesAnActorOrIsATrustedHostCall() throws Exception {
        assertThat(unchecked(exportedPublicClasses()))
                .as("public operations handing out a matter's personal data without an Actor")
                .isEmpty();
    }

    @Test
    void theTrustedListHoldsNothingStale() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : exportedPublicClasses()) {
            if (isHolder(type)) {
                for (Method m : publicMethods(type)) {
                    if (handsOutPersonalData(m) && !takesActor(m)) {
                        found.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(TRUSTED_HOST_CALLS.keySet());
    }

    @Test
    void thePersonalDataDeskIsAHolderAndEveryOneOfItsOperationsTakesAnActor() throws Exception {
        assertThat(isHolder(PersonalData.class)).isTrue();
        assertThat(isHolder(GridOffice.class)).isTrue();
        assertThat(publicMethods(PersonalData.class).stream()
                        .filter(m -> !m.getName().equals("trail"))
                        .allMatch(PersonalDataApiScanTest::takesActor))
                .isTrue();
        assertThat(GridOffice.class.getMethod(
                        "reveal", Actor.class, org.gridgov.workflow.matter.MatterId.class, Purposes.TYPE))
                .returns(MatterReport.class, Method::getReturnType);
    }

    /** A leaky front door of the kind the scan is there to catch. */
    public static final class LeakyDesk {
        private final OfficeStore store = new InMemoryOfficeStore();

        public List<Matter> everything() {
            return store.openMatters(MatterQuery.open());
        }

        public Reporter reporterOf(org.gridgov.workflow.matter.MatterId id) {
            return store.find(id).orElseThrow().matter().report().reporter();
        }

        public Matter checked(Actor actor, org.gridgov.workflow.matter.MatterId id) {
            return store.find(id).orElseThrow().matter().masked();
        }

        public int count() {
            return store.openMatters(MatterQuery.open()).size();
        }

        public void note(org.gridgov.workflow.matter.MatterId id, VisitRecord visit) {
            store.find(id);
        }
    }

    /** A log of other people's visits, handing them out unchecked. */
    public static final class LeakyVisitLog {
        private final List<VisitRecord> visits = new ArrayList<>();

        public List<VisitRecord> all() {
            return visits;
        }

        public List<VisitRecord> mine(Actor actor) {
            return visits.stream().filter(v -> v.visitor().equals(actor.id())).toList();
        }

        public int size() {
            return visits.size();
        }
    }

    @Test
    void aVisitLedgerHasNoPublicOperationOnPersonalData() throws Exception {
        List<Class<?>> api = exportedPublicClasses();
        assertThat(api)
                .as("the ledgers are public API")
                .contains(VisitLedger.class, org.gridgov.workflow.store.jdbc.JdbcVisitLedger.class);
        assertThat(isHolder(VisitBook.class)).isTrue();
        assertThat(ledgerLeaks(api))
                .as("public operations of a visit ledger on personal data")
                .isEmpty();
        for (String read : List.of("keep", "inArea", "ofSubject", "between")) {
            Method m = Arrays.stream(VisitLedger.class.getDeclaredMethods())
                    .filter(d -> d.getName().equals(read))
                    .findFirst()
                    .orElseThrow();
            assertThat(Modifier.isProtected(m.getModifiers())).as(read).isTrue();
        }
    }

    /** A ledger that widens its reads to public, of the kind the scan is there to catch. */
    public static final class LeakyLedger extends VisitLedger {
        @Override
        protected VisitRecord keep(String id, VisitRecord visit, org.gridgov.core.area.AreaCode grid) {
            return visit;
        }

        @Override
        public List<VisitRecord> inArea(
                org.gridgov.core.area.AreaCode area, java.time.Instant from, java.time.Instant to) {
            return List.of();
        }

        @Override
        protected List<VisitRecord> ofSubject(String subject) {
            return List.of();
        }

        @Override
        protected List<VisitRecord> between(java.time.Instant from, java.time.Instant to) {
            return List.of();
        }

        public List<VisitRecord> mine(Actor actor) {
            return List.of();
        }

        public int size() {
            return 0;
        }
    }

    @Test
    void theScanCatchesALeakyLedger() {
        assertThat(ledgerLeaks(List.of(LeakyLedger.class, VisitBook.class)))
                .containsExactlyInAnyOrder("LeakyLedger.inArea", "LeakyLedger.mine");
    }

    /** Public methods of visit ledgers that take or hand out a personal type, with an actor or not. */
    private static List<String> ledgerLeaks(List<Class<?>> types) {
        List<String> out = new ArrayList<>();
        for (Class<?> type : types) {
            if (VisitLedger.class.isAssignableFrom(type)) {
                for (Method m : publicMethods(type)) {
                    if (handsOutPersonalData(m)) {
                        out.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theScanCatchesALeakyDesk() {
        assertThat(unchecked(List.of(LeakyDesk.class, LeakyVisitLog.class)))
                .containsExactlyInAnyOrder(
                        "LeakyDesk.everything", "LeakyDesk.reporterOf", "LeakyDesk.note", "LeakyVisitLog.all");
    }

    private static final class Purposes {
        static final Class<?> TYPE = org.gridgov.core.audit.Purpose.class;
    }

    private static List<String> unchecked(List<Class<?>> types) {
        List<String> out = new ArrayList<>();
        for (Class<?> type : types) {
            if (!isHolder(type)) {
                continue;
            }
            for (Method m : publicMethods(type)) {
                String name = type.getSimpleName() + "." + m.getName();
                if (handsOutPersonalData(m) && !takesActor(m) && !TRUSTED_HOST_CALLS.containsKey(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static boolean isHolder(Class<?> type) {
        if (OfficeStore.class.isAssignableFrom(type) || MatterStore.class.isAssignableFrom(type)) {
            return false;
        }
        boolean value = type.isRecord() || PERSONAL.stream().anyMatch(p -> p.isAssignableFrom(type));
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getGenericType)
                .anyMatch(t -> mentions(t, KEEPS_MATTERS) || (!value && keepsMany(t)));
    }

    /** A collection or map of personal values (or of records holding them): a log of other people's data. */
    private static boolean keepsMany(Type t) {
        return t instanceof ParameterizedType p
                && Arrays.stream(p.getActualTypeArguments()).anyMatch(a -> mentions(a, PERSONAL));
    }

    /** Returns a personal type, or takes one (recording or changing personal data). */
    private static boolean handsOutPersonalData(Method m) {
        return mentions(m.getGenericReturnType(), PERSONAL)
                || Arrays.stream(m.getGenericParameterTypes()).anyMatch(p -> mentions(p, PERSONAL));
    }

    private static boolean takesActor(Method m) {
        return Arrays.asList(m.getParameterTypes()).contains(Actor.class);
    }

    private static boolean mentions(Type type, Set<Class<?>> wanted) {
        return mentions(type, wanted, new java.util.HashSet<>());
    }

    /** Looks through type arguments and through the components of records (a result holding a matter). */
    private static boolean mentions(Type type, Set<Class<?>> wanted, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof Class<?> c) {
            return wanted.stream().anyMatch(w -> w.isAssignableFrom(c))
                    || (c.isRecord()
                            && Arrays.stream(c.getRecordComponents())
                                    .anyMatch(r -> mentions(r.getGenericType(), wanted, seen)));
        }
        if (type instanceof ParameterizedType p) {
            return mentions(p.getRawType(), wanted, seen)
                    || Arrays.stream(p.getActualTypeArguments()).anyMatch(a -> mentions(a, wanted, seen));
        }
        return false;
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .toList();
    }

    /** Every public class of grid-workflow's main classes in a package module-info exports. */
    private static List<Class<?>> exportedPublicClasses() {
        List<Class<?>> classes = JsonValueScan.apiTypes(GridOffice.class);
        assertThat(classes).as("the scan sees the office").contains(GridOffice.class, PersonalData.class);
        return classes;
    }
}
