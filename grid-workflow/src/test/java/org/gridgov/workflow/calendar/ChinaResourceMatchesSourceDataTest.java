package org.gridgov.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped resource (regrouped into ranges) carries exactly the facts of the
 * {@code grid-examples/data/cn-holidays-2018-2026.json} it was copied from: every holiday and make-up working day,
 * with its name, and nothing else.
 */
class ChinaResourceMatchesSourceDataTest {

    @Test
    void everyDateAndNameCarriesOver() throws IOException {
        String dir = System.getProperty("grid.data");
        assertThat(dir).as("system property grid.data (set by surefire)").isNotNull();
        JsonNode shared = new ObjectMapper()
                .readTree(Path.of(dir, "cn-holidays-2018-2026.json").toFile());
        Map<LocalDate, String> holidays = new TreeMap<>();
        Map<LocalDate, String> makeUp = new TreeMap<>();
        shared.get("years").fields().forEachRemaining(year -> {
            year.getValue()
                    .get("holidays")
                    .forEach(h -> holidays.put(
                            LocalDate.parse(h.get("date").asText()),
                            h.get("name").asText()));
            year.getValue()
                    .get("makeUpWorkdays")
                    .forEach(h -> makeUp.put(
                            LocalDate.parse(h.get("date").asText()),
                            h.get("name").asText()));
        });
        HolidaySchedule china = HolidaySchedule.chinaOfficial();
        assertThat(china.holidays()).containsExactlyEntriesOf(holidays);
        assertThat(china.makeUpWorkdays()).containsExactlyEntriesOf(makeUp);
        assertThat(china.zone().getId()).isEqualTo(shared.get("timeZone").asText());
        assertThat(HolidaySchedule.china().holidays().headMap(java.time.LocalDate.of(2027, 1, 1)))
                .as("the official years of the whole China schedule")
                .containsExactlyEntriesOf(holidays);
        assertThat(HolidaySchedule.china().makeUpWorkdays()).containsExactlyEntriesOf(makeUp);
    }
}
