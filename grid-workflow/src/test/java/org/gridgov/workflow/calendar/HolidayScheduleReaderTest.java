package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the {@code grid-holidays/1} reader, each failure naming file, JSON path, rule and value. */
class HolidayScheduleReaderTest {
    private static final String HEAD = "{\"format\": \"grid-holidays/1\", \"source\": \"test\", \"years\": [";
    private static final String YEAR_2027 =
            "{\"year\": 2027, \"holidays\": [{\"name\": \"元旦\", \"from\": \"2027-01-01\","
                    + " \"to\": \"2027-01-01\"}], \"makeUpWorkdays\": []}";

    @TempDir
    Path dir;

    private Path write(String json) {
        try {
            return Files.writeString(dir.resolve("cn-2027.json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsAWellFormedFile() {
        HolidaySchedule s = HolidaySchedule.read(write(HEAD + YEAR_2027 + "]}"));
        assertThat(s.firstYear()).isEqualTo(2027);
        assertThat(s.lastYear()).isEqualTo(2027);
        assertThat(s.zone()).isEqualTo(HolidaySchedule.CHINA_ZONE);
        assertThat(s.holidays()).hasSize(1);
        assertThat(s.source()).isEqualTo("test");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // the document
                "{\"format\": \"grid-holidays/1\"|cn-2027.json: $.format|complete JSON|the text ends at line 1, column 29",
                "[]|cn-2027.json: $|must be a JSON object|an empty array",
                "{\"format\": \"grid-holidays/2\", \"source\": \"s\", \"years\": []}|cn-2027.json: $.format|must be 'grid-holidays/1'|'grid-holidays/2'",
                "{\"format\": \"grid-holidays/1\", \"years\": []}|cn-2027.json: $.source|must be a non-blank string|missing",
                "{\"format\": \"grid-holidays/1\", \"source\": \"s\", \"zone\": \"Mars/Olympus\", \"years\": [1]}|cn-2027.json: $.zone|time-zone id|'Mars/Olympus'",
                "{\"format\": \"grid-holidays/1\", \"source\": \"s\", \"years\": []}|cn-2027.json: $.years|non-empty array|an empty array",
                "{\"format\": \"grid-holidays/1\", \"source\": \"s\", \"year\": [], \"years\": []}|cn-2027.json: $.year|is not a field|an unknown field",
                "{\"format\": \"grid-holidays/1\", \"format\": \"x\"}|cn-2027.json: $.format|each key at most once|the key again at line 1, column 31",
                // a year
                "HEAD{\"year\": \"2027\", \"holidays\": [], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].year|whole number|a string of 4 characters",
                "HEAD{\"year\": 1800, \"holidays\": [], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].year|between 1900 and 2200|1800",
                "HEAD{\"year\": 2027, \"holidays\": [], \"makeUpWorkdays\": []}, {\"year\": 2029, \"holidays\": [], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[1].year|must be 2028|2029",
                "HEAD{\"year\": 2027, \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays|must be an array|missing",
                "HEAD{\"year\": 2027, \"holidays\": [], \"makeupWorkdays\": []}]}|cn-2027.json: $.years[0].makeupWorkdays|is not a field|an unknown field",
                // a holiday
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \"春节\", \"from\": \"2027-02-06\"}], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays[0].to|non-blank string|missing",
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \"春节\", \"from\": \"2027-02-06\", \"to\": \"2027-02-30\"}], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays[0].to|ISO date|'2027-02-30'",
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \"春节\", \"from\": \"2027-02-06\", \"to\": \"2027-02-01\"}], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays[0].to|not be before from|'2027-02-01'",
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \"元旦\", \"from\": \"2026-12-31\", \"to\": \"2027-01-01\"}], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays[0].from|entry's year 2027|'2026-12-31'",
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \"a\", \"from\": \"2027-02-06\", \"to\": \"2027-02-08\"}, {\"name\": \"b\", \"from\": \"2027-02-08\", \"to\": \"2027-02-09\"}], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays[1]|overlap|'2027-02-08'",
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \" \", \"from\": \"2027-02-06\", \"to\": \"2027-02-08\"}], \"makeUpWorkdays\": []}]}|cn-2027.json: $.years[0].holidays[0].name|non-blank string|a string of 1 character",
                // a make-up working day
                "HEAD{\"year\": 2027, \"holidays\": [], \"makeUpWorkdays\": [{\"name\": \"春节\", \"date\": \"2027-02-03\"}]}]}|cn-2027.json: $.years[0].makeUpWorkdays[0].date|Saturday or Sunday|'2027-02-03'",
                "HEAD{\"year\": 2027, \"holidays\": [{\"name\": \"a\", \"from\": \"2027-02-06\", \"to\": \"2027-02-08\"}], \"makeUpWorkdays\": [{\"name\": \"a\", \"date\": \"2027-02-07\"}]}]}|cn-2027.json: $.years[0].makeUpWorkdays[0].date|not also be a holiday|'2027-02-07'",
                "HEAD{\"year\": 2027, \"holidays\": [], \"makeUpWorkdays\": [{\"name\": \"a\", \"date\": \"2027-02-06\"}, {\"name\": \"a\", \"date\": \"2027-02-06\"}]}]}|cn-2027.json: $.years[0].makeUpWorkdays[1].date|not repeat|'2027-02-06'",
                "HEAD{\"year\": 2027, \"holidays\": [], \"makeUpWorkdays\": [\"2027-02-06\"]}]}|cn-2027.json: $.years[0].makeUpWorkdays[0]|JSON object|a string of 10 characters"
            })
    void badFileIsRejectedNamingFilePathRuleAndValue(String json, String path, String rule, String value) {
        Path file = write(json.replace("HEAD", HEAD));
        assertThatThrownBy(() -> HolidaySchedule.read(file)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.rule()).contains(rule);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e).hasMessage(path + ": " + e.rule() + " (" + value + ")");
        });
    }

    @Test
    void furtherYearsExtendTheChinaCalendar() {
        HolidaySchedule joined =
                HolidaySchedule.chinaOfficial().plus(HolidaySchedule.read(write(HEAD + YEAR_2027 + "]}")));
        assertThat(joined.firstYear()).isEqualTo(2018);
        assertThat(joined.lastYear()).isEqualTo(2027);
        assertThat(joined.source())
                .startsWith(HolidaySchedule.chinaOfficial().source())
                .endsWith("; test");
        WorkingCalendar calendar = WorkingCalendar.of(joined);
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 1, 4))).isTrue();
        assertThatThrownBy(() -> calendar.isWorkingDay(java.time.LocalDate.of(2028, 1, 3)))
                .isInstanceOfSatisfying(
                        CalendarRangeException.class, e -> assertThat(e.year()).isEqualTo(2028));
    }

    @Test
    void aLaterFileReplacesAYearWhole() {
        String replacement = "{\"year\": 2026, \"holidays\": [], \"makeUpWorkdays\": []}";
        HolidaySchedule joined =
                HolidaySchedule.china().plus(HolidaySchedule.parse(HEAD + replacement + "]}", "fix.json"));
        WorkingCalendar calendar = WorkingCalendar.of(joined);
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void joiningLeavesNoGapAndKeepsOneZone() {
        String y2028 = "{\"year\": 2028, \"holidays\": [], \"makeUpWorkdays\": []}";
        assertThatThrownBy(() ->
                        HolidaySchedule.chinaOfficial().plus(HolidaySchedule.parse(HEAD + y2028 + "]}", "x.json")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("years");
                    assertThat(e.value()).isEqualTo("2027");
                });
        String utc = "{\"format\": \"grid-holidays/1\", \"source\": \"t\", \"zone\": \"UTC\", \"years\": [" + YEAR_2027
                + "]}";
        assertThatThrownBy(() -> HolidaySchedule.china().plus(HolidaySchedule.parse(utc, "utc.json")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("zone"));
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThatThrownBy(() -> HolidaySchedule.read(dir.resolve("absent.json")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent.json");
    }
}
