package org.gridgov.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {
    /**
     * {@code 91350100M000100Y43} is the example printed in GB 32100-2015; {@code
     * 91110000600037341L} is a published code of a Beijing state enterprise.
     */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void published_codes_are_valid(String text) {
        assertThat(CreditCode.problem(text)).isEmpty();
        CreditCode code = CreditCode.parse(text);
        assertThat(code.legacy()).isFalse();
        assertThat(code).hasToString(text.substring(0, 6) + "********" + text.substring(14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y34", "91350100M000100YI3", "91350100M000100Y4"})
    void a_mistyped_code_is_invalid_and_the_message_hides_it(String text) {
        assertThat(CreditCode.problem(text)).isPresent();
        assertThatThrownBy(() -> CreditCode.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("creditCode: ")
                .message()
                .doesNotContain(text);
    }

    @Test
    void each_rule_is_named() {
        assertThat(CreditCode.problem("91350100M000100Y4")).contains("a credit code has 18 characters");
        assertThat(CreditCode.problem("91350100M000100YO3"))
                .contains("a credit code has only 0-9 and A-Y without I, O, Z, S and V");
        assertThat(CreditCode.problem("91350100M000100Y44"))
                .contains("a credit code ends with the GB 32100 check character of its first 17");
    }

    /** The GB 11714 organisation code inside the standard's example, M000100Y-4, is the legacy form of the same body. */
    @ParameterizedTest
    @ValueSource(strings = {"M000100Y-4", "M000100Y4", "60003734-1"})
    void the_lenient_reading_takes_legacy_organisation_codes_and_marks_them(String text) {
        assertThatThrownBy(() -> CreditCode.parse(text)).isInstanceOf(InvalidInputException.class);
        CreditCode code = CreditCode.parseLenient(text);
        assertThat(code.legacy()).isTrue();
        assertThat(code.toString()).doesNotContain(text.substring(2, 7));
    }

    @Test
    void the_lenient_reading_still_checks_an_organisation_codes_check_character() {
        assertThatThrownBy(() -> CreditCode.parseLenient("M000100Y-5"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GB 11714 check character");
    }

    @Test
    void the_lenient_reading_takes_a_15_digit_registration_number_and_refuses_anything_else() {
        assertThat(CreditCode.parseLenient("320100000123456").legacy()).isTrue();
        assertThat(CreditCode.parseLenient("91350100M000100Y43").legacy()).isFalse();
        assertThatThrownBy(() -> CreditCode.parseLenient("91350100M000100Y44"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("legacy 9-character organisation code");
    }
}
