package org.gridgov.jsonscan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gridgov.core.json.GridJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON contract of one module, extended by each module's scan test: every public value type of
 * the module's exported packages has an example, and every example round-trips through
 * {@link GridJson#mapper()} (or, for a value that holds personal data, is written masked). A type
 * may instead be named in {@link #notJson()} with the reason it is not a JSON value (a clock, an
 * input option set that holds functions): the reason is part of the test's text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JsonScanContract {

    /** A class of the module under test (its compiled classes are scanned). */
    protected abstract Class<?> anchor();

    /** One example per value type, each expected to round-trip exactly. */
    protected abstract Map<Class<?>, Object> examples();

    /**
     * Examples of values that hold personal data: written masked, so they do not read back; each
     * maps to the clear texts that must not appear in its JSON.
     */
    protected Map<Object, List<String>> masked() {
        return Map.of();
    }

    /** Value-like types that are not JSON values, each with the reason. */
    protected Map<Class<?>, String> notJson() {
        return Map.of();
    }

    /** A further check on the JSON text of every example (e.g. how time limits are written). */
    protected void checkText(Class<?> type, String json) {}

    @Test
    void everyExportedValueTypeHasAnExample() {
        List<Class<?>> types = JsonValueScan.valueTypes(anchor());
        assertThat(types).as("the scan finds the module's value types").isNotEmpty();
        Map<Class<?>, Object> known = new java.util.HashMap<>(examples());
        notJson().keySet().forEach(t -> known.put(t, t));
        masked().keySet()
                .forEach(v -> types.stream().filter(t -> t.isInstance(v)).forEach(t -> known.put(t, v)));
        Set<String> missing = JsonValueScan.withoutExample(types, known);
        assertThat(missing)
                .as("value types of exported packages without a JSON example: add one to %s", getClass())
                .isEmpty();
    }

    @Test
    void examplesAndReasonsNameOnlyScannedTypes() {
        Set<String> scanned = new TreeSet<>();
        JsonValueScan.valueTypes(anchor()).forEach(t -> scanned.add(t.getName()));
        Stream.concat(examples().keySet().stream(), notJson().keySet().stream())
                .forEach(t -> assertThat(scanned).as("scanned types").contains(t.getName()));
    }

    Stream<Arguments> exampleCases() {
        return examples().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Class::getName)))
                .map(e -> Arguments.of(e.getKey().getSimpleName(), e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleCases")
    void roundTripsThroughTheMapper(String name, Class<?> type, Object example) {
        String json = JsonValueScan.assertRoundTrips(type, example);
        checkText(type, json);
    }

    @Test
    void personalDataIsWrittenMasked() throws JsonProcessingException {
        for (Map.Entry<Object, List<String>> e : masked().entrySet()) {
            String json = GridJson.mapper().writeValueAsString(e.getKey());
            assertThat(json)
                    .as("JSON of a %s", e.getKey().getClass().getSimpleName())
                    .isNotBlank();
            for (String clear : e.getValue()) {
                assertThat(json)
                        .as("JSON of a %s", e.getKey().getClass().getSimpleName())
                        .doesNotContain(clear);
            }
            checkText(e.getKey().getClass(), json);
        }
    }
}
