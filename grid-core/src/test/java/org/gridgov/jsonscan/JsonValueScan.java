package org.gridgov.jsonscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.core.Finding;
import org.gridgov.core.json.GridJson;

/**
 * Finds the public value types of a module's exported packages and checks that examples of them
 * round-trip through {@link GridJson#mapper()} and {@link GridJson#read}. Shared by each module's
 * scan test (grid-core's test jar).
 *
 * <p>A value type is a public record, a public type with an Immutables implementation beside it
 * ({@code ImmutableX}), a public implementation of {@link Finding}, or a public final class whose
 * {@code equals} is not {@link Object}'s. Enums, exceptions and operations are not values.
 */
public final class JsonValueScan {
    private static final ObjectMapper MAPPER = GridJson.mapper();

    private JsonValueScan() {}

    /**
     * The value types of the module whose compiled classes hold {@code anchor}, sorted by name: the
     * {@link #apiTypes API types} that are values.
     */
    public static List<Class<?>> valueTypes(Class<?> anchor) {
        return apiTypes(anchor).stream().filter(JsonValueScan::isValueType).toList();
    }

    /**
     * The public types of the module whose compiled classes hold {@code anchor} that its users can
     * reach, sorted by name: public classes (and public classes nested in public ones) of the
     * packages its own {@code module-info.class} exports; packages exported only to named modules
     * are not API and are left out. Shared by the JSON scans and the personal-data API scans.
     */
    public static List<Class<?>> apiTypes(Class<?> anchor) {
        Path classes = classesOf(anchor);
        ModuleDescriptor module = ModuleFinder.of(classes).findAll().stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module-info.class in " + classes))
                .descriptor();
        Set<String> api = module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
                    .filter(n -> !n.endsWith("package-info.class"))
                    .filter(n -> api.contains(packageOf(n)))
                    .<Class<?>>map(n ->
                            load(n.substring(0, n.length() - ".class".length()).replace('/', '.'), anchor))
                    .filter(JsonValueScan::isPublicApi)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of {@code types} that have no example in {@code examples}. */
    public static Set<String> withoutExample(List<Class<?>> types, Map<Class<?>, ?> examples) {
        return types.stream()
                .filter(t -> !examples.containsKey(t))
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Writes {@code example} with {@link GridJson#mapper()}, reads it back strictly as {@code type}
     * and checks the value is equal and writes the same text; returns the text.
     */
    public static String assertRoundTrips(Class<?> type, Object example) {
        if (example instanceof TextOnly t) {
            return assertWritesBack(type, t.value()).text();
        }
        Back back = assertWritesBack(type, example);
        assertThat(back.value())
                .as("%s read back from %s", type.getName(), back.text())
                .isEqualTo(example);
        return back.text();
    }

    /**
     * An example of a type whose equality is identity (it holds a structure that is not a value): it
     * must read back and write the same text; {@code why} says why equality cannot be asked.
     */
    public record TextOnly(Object value, String why) {}

    private record Back(String text, Object value) {}

    /** Writes, reads back strictly and checks the value read writes the same text. */
    private static Back assertWritesBack(Class<?> type, Object example) {
        assertThat(example).as("example of " + type.getName()).isInstanceOf(type);
        try {
            String text = MAPPER.writeValueAsString(example);
            Object back = GridJson.read(text, type.getSimpleName() + ".json", type);
            assertThat(MAPPER.writeValueAsString(back))
                    .as("%s written again", type.getName())
                    .isEqualTo(text);
            return new Back(text, back);
        } catch (JsonProcessingException e) {
            throw new AssertionError(type.getName() + " cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The JSON tree of {@code text}. */
    public static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static boolean isValueType(Class<?> c) {
        if (c.isEnum() || Throwable.class.isAssignableFrom(c) || c.isAnnotation()) {
            return false;
        }
        if (c.isRecord() || hasImmutable(c)) {
            return true;
        }
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            return false;
        }
        return Finding.class.isAssignableFrom(c) || (Modifier.isFinal(c.getModifiers()) && hasValueEquals(c));
    }

    private static boolean hasImmutable(Class<?> c) {
        String pkg = c.getPackageName();
        try {
            Class.forName(pkg + ".Immutable" + c.getSimpleName(), false, c.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean hasValueEquals(Class<?> c) {
        try {
            return c.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isPublicApi(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isSynthetic();
    }

    private static String packageOf(String classFile) {
        int slash = classFile.lastIndexOf('/');
        return slash < 0 ? "" : classFile.substring(0, slash).replace('/', '.');
    }

    private static Class<?> load(String name, Class<?> anchor) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Path classesOf(Class<?> anchor) {
        try {
            return Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
