package org.gridgov.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {
    /** The two examples printed in GB 11643-1999 itself (Beijing Chaoyang 1949, Guangdong 1880). */
    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014"})
    void the_standards_published_examples_are_valid(String text) {
        assertThat(IdNumber.problem(text)).isEmpty();
        assertThat(IdNumber.parse(text)).hasToString(text.substring(0, 6) + "********" + text.substring(14));
    }

    @Test
    void a_lower_case_check_character_is_read_as_X() {
        assertThat(IdNumber.parse("11010519491231002x")).isEqualTo(IdNumber.parse("11010519491231002X"));
    }

    @Test
    void masking_hides_the_whole_birth_date() {
        IdNumber id = IdNumber.parse("11010519491231002X");
        assertThat(id.masked()).isEqualTo("110105********002X").doesNotContain("19491231");
        assertThat(id.toString()).isEqualTo(id.masked());
    }

    /**
     * {@code 123456789012345678} is the placeholder copied into countless forms and tutorials; its
     * "birth date" 78901234 is no date. {@code 110101199003071234} is the shape of the sample
     * numbers copied between tutorials: a real date, the wrong check character (the MOD 11-2
     * check of its 17 digits is 3). {@code 11010519491231002X} with its check character changed to 1 breaks only
     * the check.
     */
    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678", "110101199003071234", "110105194912310021"})
    void widely_copied_and_mistyped_numbers_are_invalid(String text) {
        assertThat(IdNumber.problem(text)).isPresent();
        assertThatThrownBy(() -> IdNumber.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("idNumber: ")
                .hasMessageContaining("a text of 18 characters")
                .message()
                .doesNotContain(text)
                .doesNotContain(text.substring(6, 14));
    }

    @Test
    void each_rule_is_named() {
        assertThat(IdNumber.problem("11010519491231002")).contains("an ID number is 17 digits and a check character");
        assertThat(IdNumber.problem("11010519491231002Y")).contains("an ID number's check character is 0-9 or X");
        assertThat(IdNumber.problem("99010519491231002X"))
                .contains("an ID number starts with a province number from 11 to 82");
        assertThat(IdNumber.problem("110105194902310021"))
                .contains("an ID number's characters 7-14 are a real birth date yyyyMMdd");
        assertThat(IdNumber.problem("110105179912310021"))
                .contains("an ID number's birth date (characters 7-14) is from 1800 on");
        assertThat(IdNumber.problem("110101199003071234"))
                .contains("an ID number ends with the ISO 7064 MOD 11-2 check character of its first 17 digits");
    }

    @Test
    void json_shows_the_masked_value() throws Exception {
        String json = GridJson.mapper().writeValueAsString(IdNumber.parse("440524188001010014"));
        assertThat(json).isEqualTo("\"440524********0014\"");
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 20).boxed();
    }

    /** MOD 11-2 catches every single-character substitution: change any digit of a valid number and it fails. */
    @ParameterizedTest
    @MethodSource("seeds")
    void any_single_changed_digit_breaks_a_generated_valid_number(long seed) {
        Random random = new Random(seed);
        String valid = TestIdNumbers.random(random);
        assertThat(IdNumber.problem(valid)).isEmpty();
        IntStream.range(0, 17).forEach(i -> {
            char old = valid.charAt(i);
            char other = (char) ('0' + (old - '0' + 1 + random.nextInt(9)) % 10);
            String changed = valid.substring(0, i) + other + valid.substring(i + 1);
            assertThat(IdNumber.problem(changed)).as("position %d", i + 1).isPresent();
        });
    }
}
