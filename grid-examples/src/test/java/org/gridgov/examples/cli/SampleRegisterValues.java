package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The clear personal values of the sample register, for scans of what the tool prints. */
final class SampleRegisterValues {
    private SampleRegisterValues() {}

    /** Names of 3 characters (2-character names also occur as ordinary words), ID numbers and their birth dates, phones, addresses, credit codes. */
    static List<String> clear() {
        JsonNode root;
        try {
            root = new ObjectMapper()
                    .readTree(Path.of("samples/jingkou.register.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> clear = new ArrayList<>();
        for (JsonNode r : root.get("residents")) {
            clear.add(r.get("idNumber").asText());
            clear.add(r.get("idNumber").asText().substring(6, 14));
            if (r.get("name").asText().length() > 2) {
                clear.add(r.get("name").asText());
            }
            if (r.has("phone")) {
                clear.add(r.get("phone").asText());
            }
        }
        root.get("households").forEach(h -> clear.add(h.get("address").asText()));
        root.get("organisations").forEach(o -> clear.add(o.get("creditCode").asText()));
        return clear;
    }

    /**
     * Every clear personal value of the sample register by its kind ({@code name}, {@code ID number},
     * {@code birth date}, {@code phone}, {@code address}, {@code credit code}), names of two
     * characters included.
     */
    static Map<String, Set<String>> byKind() {
        JsonNode root;
        try {
            root = new ObjectMapper()
                    .readTree(Path.of("samples/jingkou.register.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        for (JsonNode r : root.get("residents")) {
            add(kinds, "name", r.get("name").asText());
            add(kinds, "ID number", r.get("idNumber").asText());
            add(kinds, "birth date", r.get("idNumber").asText().substring(6, 14));
            if (r.has("phone")) {
                add(kinds, "phone", r.get("phone").asText());
            }
        }
        root.get("households")
                .forEach(h -> add(kinds, "address", h.get("address").asText()));
        root.get("organisations")
                .forEach(o -> add(kinds, "credit code", o.get("creditCode").asText()));
        return kinds;
    }

    private static void add(Map<String, Set<String>> kinds, String kind, String value) {
        kinds.computeIfAbsent(kind, k -> new HashSet<>()).add(value);
    }
}
