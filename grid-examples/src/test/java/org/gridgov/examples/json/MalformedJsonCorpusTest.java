package org.gridgov.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.gridgov.workflow.calendar.HolidaySchedule;
import org.gridgov.workflow.policy.PolicyJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader of the library (plans, SLA policies, holiday calendars, GeoJSON) refuses the same
 * malformed input in the same one-line form {@code FILE: $.path: rule (value)}: the cases live in
 * {@code malformed.txt}, one runner reads them all.
 */
class MalformedJsonCorpusTest {
    /** A Java class or package name in a message: a leak of the implementation. */
    static final Pattern CLASS_NAME = Pattern.compile(
            "(java|org|com)\\.[a-z]|\\$[A-Z]|\\b(Immutable\\w*|ArrayList|LinkedHashMap|HashMap|Document|Integer|Long"
                    + "|String|Object|Optional|JsonNode|ObjectNode|SlaPolicy|Area|Person|Place)\\b");

    @TempDir
    Path dir;

    record Case(String name, String file, String path, String rule, List<String> absent, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Map<String, String> c : paragraphs(resource("malformed.txt"))) {
            cases.add(new Case(
                    c.get("case"),
                    c.get("file"),
                    c.get("path"),
                    c.get("rule"),
                    c.containsKey("absent") ? List.of(c.get("absent").split(" \\| ")) : List.of(),
                    bytes(c.get("text"))));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachReaderNamesTheFileThePathAndTheRuleInOneLine(Case c) throws IOException {
        Path file = Files.write(dir.resolve(c.file()), c.bytes());
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(JsonInputException.class, e -> {
            String message = e.getMessage();
            boolean prefix = c.path().endsWith("...");
            String path = prefix ? c.path().substring(0, c.path().length() - 3) : c.path();
            assertThat(message).contains(c.file() + ": " + path + (prefix ? "" : ": "));
            assertThat(e.jsonPath()).startsWith(path);
            assertThat(e.rule()).contains(c.rule());
            assertThat(message).doesNotContain("\n").doesNotContainPattern(CLASS_NAME);
            for (String personal : c.absent()) {
                assertThat(message).doesNotContain(unescape(personal));
            }
        });
    }

    /** Reads {@code file} with the reader its name stands for. */
    static Object read(Path file) {
        String name = file.getFileName().toString();
        return switch (name) {
            case "plan.json" -> PlanFile.read(file);
            case "policy.json" -> PolicyJson.sla(file);
            case "holidays.json" -> HolidaySchedule.read(file);
            case "grids.geojson" -> GeoJsonReader.read(file);
            default -> throw new IllegalArgumentException("no reader for " + name);
        };
    }

    static void assertOneTypedLine(InvalidInputException e) {
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContainPattern(CLASS_NAME);
    }

    private static String unescape(String s) {
        return s.replace("\\uFEFF", "\uFEFF");
    }

    /** The case text as bytes: {BOM}, \xHH, {GBK} and {DEEP} as the resource file explains. */
    static byte[] bytes(String text) {
        String t = text.replace("{DEEP}", "[".repeat(150) + "]".repeat(150));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (t.startsWith("{BOM}")) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            t = t.substring(5);
        }
        if (t.startsWith("{GBK}")) {
            out.writeBytes(t.substring(5).getBytes(Charset.forName("GBK")));
            return out.toByteArray();
        }
        for (String part : t.split("(?=\\\\x[0-9A-F]{2})")) {
            if (part.startsWith("\\x")) {
                out.write(Integer.parseInt(part.substring(2, 4), 16));
                part = part.substring(4);
            }
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static String resource(String name) {
        try (InputStream in = MalformedJsonCorpusTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs of {@code key: value} lines; lines starting with # are comments. */
    private static List<Map<String, String>> paragraphs(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (String line : (text + "\n\n").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            int colon = line.indexOf(": ");
            current.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return out;
    }
}
