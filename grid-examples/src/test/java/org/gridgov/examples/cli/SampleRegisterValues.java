package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
