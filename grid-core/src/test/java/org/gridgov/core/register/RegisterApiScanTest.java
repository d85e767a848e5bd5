package org.gridgov.core.register;

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
import org.gridgov.core.privacy.Sensitive;
import org.gridgov.jsonscan.JsonValueScan;
import org.junit.jupiter.api.Test;

/**
 * Scans grid-core's compiled public API: a public method of a class that holds other people's
 * records, or one that turns a {@link Sensitive} value into text, must take an {@link Actor}, and
 * every such method must be in the {@link ScopeMatrix}. A new operation added without a scope
 * check, or without a row in the matrix, fails here.
 */
class RegisterApiScanTest {
    /** Record types whose holders must check scope. */
    private static final Set<Class<?>> PERSONAL = Set.of(
            Resident.class,
            Household.class,
            Organisation.class,
            Venue.class,
            RegisterChange.class,
            RegisterDocument.class,
            Register.class);

    /** Holder methods that read no personal data, and why. */
    private static final Map<String, String> ALLOWED_WITHOUT_ACTOR = Map.of(
            "Register.size", "a count",
            "Register.toString", "counts",
            "RegisterOffice.toString", "counts",
            "RegisterFile.size", "a count",
            "RegisterFile.toString", "the source and a count",
            "RegisterFile.plan", "the plan file's name",
            "RegisterFile.planPath", "the plan file's path",
            "RegisterFile.check", "findings name ids, paths and rules, never values (RegisterFileTest)",
            "RegisterFile.toRegister", "loads the host's own file into a Register, readable only through an office");

    @Test
    void every_holder_method_takes_an_actor_or_reads_nothing_personal() {
        assertThat(unchecked(publicClasses()))
                .as("public operations on personal data without an Actor")
                .isEmpty();
    }

    /** A leaky front door of the kind the scan is there to catch. */
    public static final class LeakyDesk {
        private final List<Resident> residents = new ArrayList<>();

        public List<Resident> residentsOf(String grid) {
            return residents;
        }

        public int count(Actor actor) {
            return residents.size();
        }
    }

    @Test
    void the_scan_catches_a_leaky_desk() {
        assertThat(unchecked(List.of(LeakyDesk.class))).containsExactly("LeakyDesk.residentsOf");
    }

    private static List<String> unchecked(List<Class<?>> types) {
        List<String> unchecked = new ArrayList<>();
        for (Class<?> type : types) {
            if (!holdsPersonalData(type)) {
                continue;
            }
            for (Method m : publicMethods(type)) {
                String name = type.getSimpleName() + "." + m.getName();
                if (!takesActor(m) && !ALLOWED_WITHOUT_ACTOR.containsKey(name)) {
                    unchecked.add(name);
                }
            }
        }
        return unchecked;
    }

    @Test
    void every_method_turning_a_sensitive_value_into_text_takes_an_actor() {
        List<String> unchecked = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            for (Method m : publicMethods(type)) {
                boolean takesSensitive =
                        Arrays.stream(m.getParameterTypes()).anyMatch(Sensitive.class::isAssignableFrom);
                if (takesSensitive && m.getReturnType() == String.class && !takesActor(m)) {
                    unchecked.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }

    @Test
    void every_operation_taking_an_actor_is_in_the_scope_matrix() {
        Set<String> withActor = new TreeSet<>();
        for (Method m : publicMethods(RegisterOffice.class)) {
            if (takesActor(m)) {
                withActor.add(m.getName());
            }
        }
        assertThat(withActor).containsExactlyInAnyOrderElementsOf(ScopeMatrix.CASES.keySet());
        assertThat(holdsPersonalData(RegisterOffice.class)).isTrue();
        assertThat(holdsPersonalData(Register.class)).isTrue();
    }

    private static boolean takesActor(Method m) {
        return Arrays.asList(m.getParameterTypes()).contains(Actor.class);
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) || m.getReturnType() == String.class)
                .filter(m -> !Set.of("equals", "hashCode").contains(m.getName()))
                .toList();
    }

    private static boolean holdsPersonalData(Class<?> type) {
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && mentionsPersonal(f.getGenericType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPersonal(Type type) {
        if (type instanceof Class<?> c) {
            return PERSONAL.contains(c);
        }
        if (type instanceof ParameterizedType p) {
            return mentionsPersonal(p.getRawType())
                    || Arrays.stream(p.getActualTypeArguments()).anyMatch(RegisterApiScanTest::mentionsPersonal);
        }
        return false;
    }

    /** Every public class of grid-core's main classes that its users can reach (its exported packages). */
    private static List<Class<?>> publicClasses() {
        List<Class<?>> classes = JsonValueScan.apiTypes(Sensitive.class);
        assertThat(classes).as("the scan sees grid-core's classes").contains(RegisterOffice.class, Register.class);
        return classes;
    }
}
