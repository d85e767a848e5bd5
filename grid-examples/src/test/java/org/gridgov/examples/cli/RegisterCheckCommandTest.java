package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterCheckCommandTest {
    private static final String SAMPLE = "samples/jingkou.register.json";
    private static final List<String> CLEAR = new ArrayList<>();

    @BeforeAll
    static void readClearValues() {
        CLEAR.addAll(SampleRegisterValues.clear());
        assertThat(CLEAR).hasSizeGreaterThan(2_000 * 2);
    }

    @Test
    void theSampleRegisterIsCleanAgainstTheSamplePlan() {
        CliRun run = CliRun.of("register", "check", SAMPLE);
        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        assertThat(run.out())
                .isEqualTo("register samples/jingkou.register.json: 2940 records in plan 321102 (京口区), revision 1\n"
                        + "clean: no findings\n");
    }

    @Test
    void mistypedValuesAreFindingsWithExitOneAndNeverShown(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(SAMPLE));
        JsonNode root = new ObjectMapper().readTree(text);
        String id = root.get("residents").get(0).get("idNumber").asText();
        String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        String phone = root.get("residents").get(1).get("phone").asText();
        String code = root.get("organisations").get(0).get("creditCode").asText();
        String flawed = text.replace(id, wrongCheck)
                .replace(phone, phone.substring(1))
                .replace(code, code.substring(0, 17) + (code.charAt(17) == 'A' ? 'B' : 'A'))
                .replace(
                        "\"jingkou.plan.json\"",
                        "\"" + Path.of("samples/jingkou.plan.json").toAbsolutePath() + "\"");
        Path register = Files.writeString(dir.resolve("flawed.register.json"), flawed);

        CliRun run = CliRun.of("register", "check", register.toString());

        assertThat(run.exit()).isEqualTo(Grid.FINDINGS);
        assertThat(run.out().lines().skip(1).toList())
                .containsExactly(
                        "register.id-number           R-00001    $.residents[0].idNumber: an ID number ends with the ISO"
                                + " 7064 MOD 11-2 check character of its first 17 digits (a text of 18 characters)",
                        "register.phone               R-00002    $.residents[1].phone: a phone number is a mobile 1[3-9]"
                                + " + 9 digits or a fixed line 0AA(A)-NNNNNNN(N) (a text of 10 characters)",
                        "register.credit-code         O-0001     $.organisations[0].creditCode: a credit code ends with"
                                + " the GB 32100 check character of its first 17 (a text of 18 characters)",
                        "3 findings");
        assertThat(run.out()).doesNotContain(wrongCheck, phone.substring(1), code.substring(0, 17));

        CliRun json = CliRun.of("register", "check", "--format", "json", register.toString());
        assertThat(json.exit()).isEqualTo(Grid.FINDINGS);
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("clean").asBoolean()).isFalse();
        assertThat(report.get("records").asInt()).isEqualTo(2940);
        assertThat(report.get("findings").get(0).get("path").asText()).isEqualTo("$.residents[0].idNumber");
        assertThat(json.out()).doesNotContain(wrongCheck);
    }

    @Test
    void noClearValueOfTheSampleInAnyOutputOfTheCommand() {
        for (String format : List.of("text", "json")) {
            CliRun run = CliRun.of("register", "check", "--format", format, SAMPLE);
            for (String clear : CLEAR) {
                assertThat(run.out()).doesNotContain(clear);
                assertThat(run.err()).doesNotContain(clear);
            }
        }
    }

    @Test
    void aRegisterWhosePlanIsMissingIsUnreadable(@TempDir Path dir) throws IOException {
        Path register = Files.writeString(
                dir.resolve("r.json"), "{\"format\":\"grid-register/1\",\"plan\":\"nowhere.plan.json\"}");
        CliRun run = CliRun.of("register", "check", register.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err()).startsWith("grid: cannot read plan file ").contains("nowhere.plan.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aDuplicateIdIsUnreadableAndNamesThePath(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(SAMPLE)).replace("\"R-00002\"", "\"R-00001\"");
        Path register = Files.writeString(dir.resolve("dup.json"), text);
        CliRun run = CliRun.of("register", "check", register.toString());
        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo(
                        "grid: " + register + ": $.residents[1].id: record ids are unique in a register ('R-00001')\n");
    }
}
