package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The hand-worked cases of {@code calendar-cases.csv} over the China calendar of 2025 and
 * 2026: deadlines across the Spring Festival, National Day and every make-up Saturday and
 * Sunday, with and without working hours, at the edges.
 */
class CalendarCasesTest {

    @ParameterizedTest(name = "{0} {2} {3} with hours {1} -> {4}: {5}")
    @CsvFileSource(resources = "calendar-cases.csv", delimiter = '|', numLinesToSkip = 1)
    void caseHolds(String op, String hours, String start, String argument, String expected, String why) {
        WorkingCalendar calendar = hours.equals("none")
                ? WorkingCalendar.china()
                : WorkingCalendar.china().withWorkingHours(WorkingHours.parse(hours));
        Instant from = OffsetDateTime.parse(start).toInstant();
        Supplier<Object> actual;
        switch (op) {
            case "deadline":
                actual = () -> calendar.deadline(from, TimeLimit.parse(argument));
                break;
            case "between":
                actual = () -> calendar.workingTimeBetween(
                        from, OffsetDateTime.parse(argument).toInstant());
                break;
            case "working":
                actual = () -> calendar.isWorkingTime(from);
                break;
            default:
                throw new IllegalArgumentException("unknown op " + op);
        }
        if (expected.startsWith("error:")) {
            int year = Integer.parseInt(expected.substring("error:".length()));
            assertThatThrownBy(actual::get)
                    .as(why)
                    .isInstanceOfSatisfying(
                            CalendarRangeException.class,
                            e -> assertThat(e.year()).isEqualTo(year));
        } else if (op.equals("deadline")) {
            assertThat(actual.get())
                    .as(why)
                    .isEqualTo(OffsetDateTime.parse(expected).toInstant());
        } else if (op.equals("between")) {
            assertThat(actual.get()).as(why).isEqualTo(TimeLimit.parse(expected));
        } else {
            assertThat(actual.get()).as(why).isEqualTo(Boolean.parseBoolean(expected));
        }
    }
}
