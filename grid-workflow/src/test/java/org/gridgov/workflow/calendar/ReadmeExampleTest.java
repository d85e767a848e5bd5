package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;

/** The examples of grid-workflow/README.md, so the manual cannot drift from the code. */
class ReadmeExampleTest {

    @Test
    void theCalendarExampleGivesWhatTheReadmeSays() {
        WorkingCalendar calendar =
                WorkingCalendar.china().withWorkingHours(WorkingHours.parse("08:30-12:00,13:30-17:30"));
        Instant start = OffsetDateTime.parse("2026-02-13T16:00+08:00").toInstant();
        Instant due = calendar.deadline(start, TimeLimit.parse("5wd"));
        assertThat(due.atZone(calendar.zone()).toOffsetDateTime()).hasToString("2026-02-27T17:30+08:00");
        assertThat(calendar.workingTimeBetween(start, due)).hasToString("39wh");
        assertThat(calendar.isWorkingTime(start)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    }

    @Test
    void theFileFormatExampleReadsAndExtendsChina() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("### The holiday file format");
        assertThat(section).as("the README's holiday file format section").isNotNegative();
        int from = readme.indexOf("```json\n", section) + "```json\n".length();
        String json = readme.substring(from, readme.indexOf("```", from));
        HolidaySchedule extended = HolidaySchedule.china().plus(HolidaySchedule.parse(json, "README.md"));
        WorkingCalendar calendar = WorkingCalendar.of(extended);
        assertThat(extended.lastYear()).isEqualTo(2100);
        assertThat(extended.isProvisional(2027))
                .as("2027 is official once its notice is loaded")
                .isFalse();
        assertThat(extended.isProvisional(2028)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 14))).isTrue();
    }
}
