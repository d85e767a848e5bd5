package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "no personal value in any ... CLI output". {@code grid simulate} takes its reports from
 * residents of the sample register (their names and phones read through the audited reveal) and
 * its supervisors reveal reporters; {@code grid export} and {@code grid audit verify} read the
 * same database. Standard output, standard error and every file the three commands write are
 * scanned for every clear-text value of the sample register, read from the register file; a find
 * names the output and the kind of value, never the value. Starts one embedded PostgreSQL (about
 * ten seconds).
 */
class NoPersonalValueInCliOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> CLEAR = SampleRegisterValues.byKind();

    @TempDir
    static Path dir;

    private static final Map<String, String> OUTPUTS = new LinkedHashMap<>();
    private static JsonNode summary;
    private static CliRun audit;

    @BeforeAll
    static void runTheThreeCommandsOnTheSampleDistrict() throws IOException {
        Path db = dir.resolve("db");
        Path out = dir.resolve("summary.json");
        Path histories = dir.resolve("histories.jsonl");
        Path export = dir.resolve("export.jsonl");
        CliRun simulate = CliRun.of(
                "simulate",
                "--samples",
                "samples",
                "--start",
                "2026-12-28T00:00:00Z",
                "--days",
                "4",
                "--seed",
                "11",
                "--rate",
                "40",
                "--db",
                db.toString(),
                "--out",
                out.toString(),
                "--histories",
                histories.toString(),
                "--log-commits");
        assertThat(simulate.exit()).as(simulate.err()).isZero();
        CliRun exported = CliRun.of("export", "--db", db.toString(), "--out", export.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        audit = CliRun.of("audit", "verify", "--db", db.toString());
        OUTPUTS.put("simulate stdout", simulate.out());
        OUTPUTS.put("simulate stderr", simulate.err());
        OUTPUTS.put("export stdout", exported.out());
        OUTPUTS.put("export stderr", exported.err());
        OUTPUTS.put("audit verify stdout", audit.out());
        OUTPUTS.put("audit verify stderr", audit.err());
        for (Path written : List.of(out, histories, export)) {
            OUTPUTS.put(written.getFileName().toString(), Files.readString(written));
        }
        summary = JSON.readTree(out.toFile());
    }

    @Test
    void theRunUsedTheRegisterAndTheAuditedRevealAndTheTrailIsIntact() {
        assertThat(summary.get("matters").asLong()).isGreaterThan(50);
        assertThat(summary.get("reveals").asLong())
                .as("supervisors' reveals of reporters")
                .isPositive();
        assertThat(audit.exit()).as(audit.out() + audit.err()).isZero();
        assertThat(audit.out()).startsWith("audit trail intact: ");
        long entries = Long.parseLong(audit.out().replaceAll("audit trail intact: (\\d+) entries.*\\s*", "$1"));
        assertThat(entries)
                .as("the intake's reads of the register and the supervisors' reveals are audited")
                .isGreaterThan(summary.get("reveals").asLong());
    }

    @Test
    void noClearValueOfTheRegisterInAnyOutputOrWrittenFile() {
        assertThat(OUTPUTS).hasSize(9);
        assertThat(OUTPUTS.get("histories.jsonl").lines()).hasSizeGreaterThan(50);
        List<String> found = new ArrayList<>();
        OUTPUTS.forEach((output, text) -> found.addAll(finds(output, text)));
        assertThat(found).as("outputs holding a clear personal value").isEmpty();
    }

    @Test
    void theScanFindsAPlantedValueAndNamesOnlyItsKind() {
        String phone = CLEAR.get("phone").iterator().next();
        String id = CLEAR.get("ID number").iterator().next();
        List<String> found = finds("planted", "COMMIT M000001 1 REPORT " + phone + " " + id);
        assertThat(found).contains("planted: phone", "planted: ID number", "planted: birth date");
        assertThat(String.join(" ", found)).doesNotContain(phone).doesNotContain(id);
    }

    /** "OUTPUT: KIND" for every kind of clear value found in the text, without the value. */
    private static List<String> finds(String output, String text) {
        List<String> found = new ArrayList<>();
        CLEAR.forEach((kind, values) -> {
            if (values.stream().anyMatch(text::contains)) {
                found.add(output + ": " + kind);
            }
        });
        return found;
    }
}
