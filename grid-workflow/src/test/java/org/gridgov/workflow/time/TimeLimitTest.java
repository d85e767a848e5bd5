package org.gridgov.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeLimitTest {

    @Test
    void eachUnitParsesToItsOwnType() {
        assertThat(TimeLimit.parse("5wd")).isEqualTo(WorkingDays.of(5));
        assertThat(TimeLimit.parse("4wh")).isEqualTo(new WorkingTime(Duration.ofHours(4)));
        assertThat(TimeLimit.parse("30wm")).isEqualTo(new WorkingTime(Duration.ofMinutes(30)));
        assertThat(TimeLimit.parse("3h")).isEqualTo(new ClockTime(Duration.ofHours(3)));
        assertThat(TimeLimit.parse("30m")).isEqualTo(new ClockTime(Duration.ofMinutes(30)));
        assertThat(TimeLimit.parse(" 7wd ")).isEqualTo(WorkingDays.of(7));
    }

    @Test
    void fiveWorkingDaysIsNotOneHundredTwentyHoursOfAnyKind() {
        TimeLimit days = TimeLimit.parse("5wd");
        assertThat(days).isNotEqualTo(TimeLimit.parse("120h")).isNotEqualTo(TimeLimit.parse("120wh"));
        assertThat(TimeLimit.parse("3h")).isNotEqualTo(TimeLimit.parse("3wh"));
    }

    @ParameterizedTest
    @CsvSource({"5wd,5wd", "4wh,4wh", "240wm,4wh", "90wm,90wm", "3h,3h", "180m,3h", "45m,45m", "0wh,0wm", "0h,0m"})
    void formatsCanonicallyAndRoundTrips(String text, String canonical) {
        TimeLimit limit = TimeLimit.parse(text);
        assertThat(limit).hasToString(canonical);
        assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
    }

    @Test
    void subMinuteDurationsFormatAsIsoWithTheirKind() {
        assertThat(new WorkingTime(Duration.ofSeconds(90))).hasToString("PT1M30S working");
        assertThat(new ClockTime(Duration.ofSeconds(1))).hasToString("PT1S clock");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "5", "wd", "5d", "5 wd", "-1wd", "+1wd", "1.5h", "5WD", "5wdx", "1234567890h", "3hours"})
    void badTextIsRejectedNamingTheValue(String text) {
        assertThatThrownBy(() -> TimeLimit.parse(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.path()).isEqualTo("time limit");
            assertThat(e.rule()).contains("wd").contains("wh");
            assertThat(e.value()).isEqualTo("'" + text + "'");
        });
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> TimeLimit.parse(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void zeroWorkingDaysIsNotALimit() {
        assertThatThrownBy(() -> TimeLimit.parse("0wd"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.rule()).startsWith("working days must be at least 1"));
        assertThatThrownBy(() -> WorkingDays.of(0)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0h", "0m", "0wh", "0wm"})
    void zeroIsNoTimeAtAllInEveryUnitThatHasIt(String text) {
        TimeLimit zero = TimeLimit.parse(text);

        assertThat(zero.isZero()).isTrue();
        assertThat(TimeLimit.parse(text.replace("0", "1")).isZero()).isFalse();
    }

    @Test
    void theRefusalOfZeroWorkingDaysSaysHowToWriteNoTime() {
        assertThatThrownBy(() -> TimeLimit.parse("0wd"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.rule()).contains("0h"));
    }

    @Test
    void negativeDurationsAreRejected() {
        assertThatThrownBy(() -> new WorkingTime(Duration.ofMinutes(-1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("working time"));
        assertThatThrownBy(() -> new ClockTime(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ClockTime.ofHours(-3)).isInstanceOf(InvalidInputException.class);
    }
}
