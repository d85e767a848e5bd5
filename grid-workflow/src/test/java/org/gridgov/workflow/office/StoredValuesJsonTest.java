package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.gridgov.core.json.GridJson;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Timer;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything a durable store persists goes through {@link GridJson#mapper()} and comes back equal:
 * matters, histories with their system entries, timers, outbox entries, clock problems and the
 * office settings (modes, admissions, policy record, calendars put in force).
 */
class StoredValuesJsonTest {
    private final ObjectMapper json = GridJson.mapper();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11L, 12L})
    void whatABusyOfficeStoresComesBackEqual(long seed) {
        ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice office = BusyDistrict.office(clock, store);
        List<MatterId> ids = BusyDistrict.run(office, clock, seed, 400);

        int transitions = 0;
        for (MatterId id : ids) {
            MatterRecord r = store.find(id).orElseThrow();
            MatterRecord back = roundTrip(r, MatterRecord.class);
            assertThat(back.matter()).isEqualTo(r.matter());
            assertThat(back.history()).isEqualTo(r.history());
            transitions += r.history().transitions().size();
            for (Timer t : store.timers(id)) {
                assertThat(roundTrip(t, Timer.class)).isEqualTo(t);
            }
        }
        for (OutboxEntry e : store.deliverable(Instant.MAX, Integer.MAX_VALUE)) {
            assertThat(roundTrip(e, OutboxEntry.class)).isEqualTo(e);
        }
        for (ClockProblem p : store.clockProblems()) {
            assertThat(roundTrip(p, ClockProblem.class)).isEqualTo(p);
        }
        assertThat(transitions).as("the run made histories").isGreaterThan(ids.size() * 2);
        assertThat(ids.stream()
                        .map(store::find)
                        .map(r -> r.orElseThrow().matter().supervisions()))
                .as("the run reached ladder cards")
                .anyMatch(s -> !s.isEmpty());

        OfficeSettings settings = store.settings();
        OfficeSettings back = roundTrip(settings, OfficeSettings.class);
        assertThat(back.version()).isEqualTo(settings.version());
        assertThat(back.modes()).isEqualTo(settings.modes());
        assertThat(back.admissions()).isEqualTo(settings.admissions());
        assertThat(back.policyChanges()).isEqualTo(settings.policyChanges());
        assertThat(back.calendarLoads()).hasSameSizeAs(settings.calendarLoads());
        for (int i = 0; i < back.calendarLoads().size(); i++) {
            CalendarLoad was = settings.calendarLoads().get(i);
            CalendarLoad is = back.calendarLoads().get(i);
            assertThat(is.at()).isEqualTo(was.at());
            assertThat(is.reason()).isEqualTo(was.reason());
            assertSameCalendar(is.before(), was.before());
            assertSameCalendar(is.after(), was.after());
        }
    }

    @Test
    void aCalendarKeepsItsProvisionalYearsWorkingHoursAndZone() {
        WorkingCalendar china = WorkingCalendar.china()
                .withWorkingHours(org.gridgov.workflow.calendar.WorkingHours.parse("08:30-12:00,13:30-17:30"));

        WorkingCalendar back = roundTrip(china, WorkingCalendar.class);

        assertSameCalendar(back, china);
        assertThat(back.schedule().isProvisional(2030)).isTrue();
        Instant friday = Instant.parse("2026-10-09T09:00:00Z");
        assertThat(back.deadline(friday, org.gridgov.workflow.time.WorkingDays.of(3)))
                .isEqualTo(china.deadline(friday, org.gridgov.workflow.time.WorkingDays.of(3)));
    }

    private static void assertSameCalendar(WorkingCalendar is, WorkingCalendar was) {
        assertThat(is.zone()).isEqualTo(was.zone());
        assertThat(is.workingHours()).isEqualTo(was.workingHours());
        assertThat(is.schedule().source()).isEqualTo(was.schedule().source());
        assertThat(is.schedule().holidays()).isEqualTo(was.schedule().holidays());
        assertThat(is.schedule().makeUpWorkdays()).isEqualTo(was.schedule().makeUpWorkdays());
        assertThat(is.schedule().provisionalYears()).isEqualTo(was.schedule().provisionalYears());
    }

    private <T> T roundTrip(T value, Class<T> type) {
        try {
            String text = json.writeValueAsString(value);
            return GridJson.read(text, "stored", type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
