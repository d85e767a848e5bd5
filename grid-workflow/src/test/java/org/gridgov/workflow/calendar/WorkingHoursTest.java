package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {

    @Test
    void parsesTheUsualOfficeDay() {
        WorkingHours hours = WorkingHours.parse("08:30-12:00,13:30-17:30");
        assertThat(hours.size()).isEqualTo(2);
        assertThat(hours.start(0)).isEqualTo(LocalTime.of(8, 30));
        assertThat(hours.end(1)).isEqualTo(LocalTime.of(17, 30));
        assertThat(hours.minutesPerDay()).isEqualTo(450);
        assertThat(hours).hasToString("08:30-12:00,13:30-17:30");
        assertThat(WorkingHours.parse(" 08:30-12:00 , 13:30-17:30 ")).isEqualTo(hours);
    }

    @Test
    void allDayIsMidnightToMidnight() {
        assertThat(WorkingHours.allDay()).isEqualTo(WorkingHours.parse("00:00-24:00"));
        assertThat(WorkingHours.allDay().isAllDay()).isTrue();
        assertThat(WorkingHours.allDay().minutesPerDay()).isEqualTo(1440);
        assertThat(WorkingHours.allDay().end(0)).isEqualTo(LocalTime.MIDNIGHT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|working hours|''",
                "08:30|working hours[0]|'08:30'",
                "8:30-12:00|working hours[0]|'8:30-12:00'",
                "12:00-08:30|working hours[0]|'12:00-08:30'",
                "08:30-08:30|working hours[0]|'08:30-08:30'",
                "08:30-12:60|working hours[0]|'08:30-12:60'",
                "08:30-24:30|working hours[0]|'08:30-24:30'",
                "08:30-12:00,11:00-17:30|working hours[1]|'11:00-17:30'",
                "08:30-12:00,12:00-17:30|working hours[1]|'12:00-17:30'",
                "08:30-12:00,|working hours[1]|''",
                "13:30-17:30,08:30-12:00|working hours[1]|'08:30-12:00'"
            })
    void badPeriodsAreRejectedNamingWhichOne(String text, String path, String value) {
        assertThatThrownBy(() -> WorkingHours.parse(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.value()).isEqualTo("'" + value + "'");
            assertThat(e.rule()).contains("HH:mm-HH:mm");
        });
    }
}
