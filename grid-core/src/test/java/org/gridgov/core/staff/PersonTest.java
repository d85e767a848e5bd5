package org.gridgov.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A person is named in messages and findings by an opaque id, never by personal data. */
class PersonTest {

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002X", "110105491231002", "13812345678"})
    void aResidentIdNumberOrAPhoneNumberIsNotAPersonIdAndIsNotEchoed(String personal) {
        assertThatThrownBy(() -> Person.builder().id(personal).name("张三").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("id");
                    assertThat(e.rule()).contains("not a resident ID number or a phone number");
                    assertThat(e.getMessage()).doesNotContain(personal).doesNotContain("张三");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"W-001", "staff-042", "3211020010010011", "12345"})
    void opaqueIdsAreAccepted(String id) {
        assertThat(Person.builder().id(id).name("张三").build().toString()).isEqualTo("Person[" + id + ", 张*]");
    }
}
