package org.gridgov.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.json.JsonInputException;
import org.junit.jupiter.api.Test;

class RegisterFileTest {
    @Test
    void the_small_register_is_clean_against_its_plan() {
        RegisterFile file = TestRegisters.smallFile();
        assertThat(file.check(TestRegisters.plan(), TagCatalogue.defaults())).isEmpty();
        assertThat(file.size()).isEqualTo(9);
        assertThat(file.plan()).isEqualTo("small-plan.json");
        assertThat(TestRegisters.small().size()).isEqualTo(9);
        assertThat(file).hasToString("RegisterFile[small-register.json, 9 records]");
    }

    @Test
    void every_typing_mistake_is_one_finding_naming_the_path_and_rule_without_the_value() {
        RegisterFile file = RegisterFile.parse(TestRegisters.text("flawed-register.json"), "flawed.json");
        List<RegisterFinding> findings = file.check(TestRegisters.plan(), TagCatalogue.defaults());
        assertThat(findings)
                .extracting(RegisterFinding::rule, RegisterFinding::subject, RegisterFinding::path)
                .containsExactly(
                        tuple("register.place", "H-0001", "$.households[0].place"),
                        tuple("register.id-number", "R-0001", "$.residents[0].idNumber"),
                        tuple("register.phone", "R-0001", "$.residents[0].phone"),
                        tuple("register.household", "R-0002", "$.residents[1].household"),
                        tuple("register.tag", "R-0002", "$.residents[1].tags[0]"),
                        tuple("register.tag", "R-0002", "$.residents[1].tags[1]"),
                        tuple("register.grid", "R-0003", "$.residents[2].grid"),
                        tuple("register.credit-code.legacy", "O-0001", "$.organisations[0].creditCode"),
                        tuple("register.grid", "O-0002", "$.organisations[1].grid"),
                        tuple("register.credit-code", "O-0002", "$.organisations[1].creditCode"));
        assertThat(findings.get(1).message())
                .isEqualTo("$.residents[0].idNumber: an ID number ends with the ISO 7064 MOD 11-2 check character"
                        + " of its first 17 digits (a text of 18 characters)");
        assertThat(findings.get(3).message())
                .isEqualTo("$.residents[1].household: a resident lives in the grid of their household,"
                        + " 321102001001001 (H-0001)");
        String all = findings.toString();
        assertThat(all).doesNotContain("321102194405174029", "1395286123", "王秀英", "46607712", "MA1W8K3C3U");
    }

    @Test
    void the_first_real_finding_stops_loading_but_a_legacy_code_alone_does_not() {
        RegisterFile flawed = RegisterFile.parse(TestRegisters.text("flawed-register.json"), "flawed.json");
        assertThatThrownBy(() -> flawed.toRegister(TestRegisters.plan(), TagCatalogue.defaults()))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith(
                        "flawed.json: $.households[0].place: a record's place lies in the record's grid");
        String legacyOnly = TestRegisters.text("small-register.json").replace("123211024660771229", "46607712-2");
        RegisterFile file = RegisterFile.parse(legacyOnly, "legacy.json");
        assertThat(file.check(TestRegisters.plan(), TagCatalogue.defaults()))
                .extracting(RegisterFinding::rule)
                .containsExactly("register.credit-code.legacy");
        assertThat(file.toRegister(TestRegisters.plan(), TagCatalogue.defaults())
                        .size())
                .isEqualTo(9);
    }

    @Test
    void structure_errors_name_the_file_and_path() {
        String text = TestRegisters.text("small-register.json");
        assertThatThrownBy(() -> RegisterFile.parse(text.replace("\"id\": \"R-0002\"", "\"id\": \"R-0001\""), "r.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("r.json: $.residents[1].id: record ids are unique in a register ('R-0001')");
        assertThatThrownBy(() ->
                        RegisterFile.parse(text.replace("\"idNumber\": \"321102197809231635\"", "\"x\": 1"), "r.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("r.json: $.residents[1].x: ");
        assertThatThrownBy(() -> RegisterFile.parse(
                        text.replace(", \"phone\": \"13952861234\"", "")
                                .replace("\"idNumber\": \"321102194405174028\"", "\"phone\": \"1\""),
                        "r.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("r.json: $.residents[0].idNumber: is required (missing)");
        assertThatThrownBy(() -> RegisterFile.parse(text.replace("grid-register/1", "grid-register/2"), "r.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("r.json: $.format: is \"grid-register/1\" ('grid-register/2')");
        assertThatThrownBy(() -> RegisterFile.parse(
                        text.replace("\"321102001003001\", \"name\"", "\"32110200100300X\", \"name\""), "r.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("r.json: $.residents[3].grid.code: an area code has only the digits 0-9");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
