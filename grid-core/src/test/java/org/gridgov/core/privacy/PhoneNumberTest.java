package org.gridgov.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {
    @Test
    void a_mobile_shows_its_first_three_and_last_four_digits() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        assertThat(phone.mobile()).isTrue();
        assertThat(phone).hasToString("138****5678");
    }

    /** Zhenjiang's 12345 hotline area code is 0511. */
    @Test
    void a_fixed_line_shows_its_area_code_and_last_two_digits() {
        PhoneNumber phone = PhoneNumber.parse("0511-84412345");
        assertThat(phone.mobile()).isFalse();
        assertThat(phone).hasToString("0511-******45");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "051184412345", "0511-844"})
    void malformed_numbers_are_refused_without_repeating_them(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("phone: ")
                .message()
                .doesNotContain(text);
    }

    @Test
    void names_and_addresses_are_masked_too() {
        assertThat(PersonName.of("王小明")).hasToString("王*");
        assertThat(Address.of("江苏省镇江市京口区正东路贺家弄12号3单元")).hasToString("江苏省镇江市***");
        assertThatThrownBy(() -> PersonName.of(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("name: a name is 1-50 characters, not blank, but was a text of 1 character");
    }
}
