package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.gridgov.workflow.calendar.HolidaySchedule;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.ClockEntry;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, first "must show" bullet: a matter reported 2026-12-28 gets its 5wd deadline on the
 * provisional 2027 calendar, marked provisional; loading a 2027 {@code grid-holidays/1}
 * arrangement with a make-up working day (Saturday 2027-01-02) moves it a day earlier, official,
 * and the move is in the clock's timeline; a matter whose deadline read no changed day is not
 * touched.
 */
class CalendarReloadTest {
    private static final WorkingCalendar CHINA = WorkingCalendar.china();

    private final ManualClock clock = ManualClock.at("2026-12-14T09:00:00+08:00");
    private final GridOffice office = District.office(clock).calendar(CHINA).build();

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static HolidaySchedule notice2027() {
        String name = "/org/gridgov/workflow/calendar/cn-2027-example.json";
        try (InputStream in = CalendarReloadTest.class.getResourceAsStream(name)) {
            return HolidaySchedule.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SlaClock resolution(MatterId id) {
        return office.clocks(id).stream()
                .filter(c -> c.metric() == Metric.RESOLUTION)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void loadingThe2027NoticeMovesTheProvisionalDeadlineRecordedAndLeavesOthersAlone() {
        MatterId earlier = office.report(District.sewage(GRID_1), "gw-1").id();
        clock.set(at("2026-12-28T09:00+08:00"));
        MatterId id = office.report(District.sewage(GRID_1), "gw-2").id();
        SlaClock before = resolution(id);
        assertThat(before.due()).isEqualTo(at("2027-01-05T09:00+08:00"));
        assertThat(before.provisionalYears()).containsExactly(2027);
        long versionOfEarlier = office.matter(earlier).version();
        SlaClock earlierBefore = resolution(earlier);
        assertThat(earlierBefore.provisional()).isFalse();

        clock.set(at("2026-12-29T10:00+08:00"));
        office.changeCalendar(CHINA.plus(notice2027()), "admin-1", "2027 holidays published");

        SlaClock after = resolution(id);
        assertThat(after.due()).isEqualTo(at("2027-01-04T09:00+08:00"));
        assertThat(after.provisional()).isFalse();
        assertThat(after.entries(ClockEntry.Kind.RECOMPUTE)).singleElement().satisfies(e -> {
            assertThat(e.previousDue()).isEqualTo(at("2027-01-05T09:00+08:00"));
            assertThat(e.due()).isEqualTo(at("2027-01-04T09:00+08:00"));
            assertThat(e.at()).isEqualTo(at("2026-12-29T10:00+08:00"));
            assertThat(e.detail()).contains("2027 holidays published");
        });

        assertThat(office.matter(earlier).version()).isEqualTo(versionOfEarlier);
        SlaClock earlierAfter = resolution(earlier);
        assertThat(earlierAfter.due()).isEqualTo(earlierBefore.due());
        assertThat(earlierAfter.entries(ClockEntry.Kind.RECOMPUTE)).isEmpty();
        assertThat(office.settings().policyChanges())
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("2027 holidays published"));
    }

    @Test
    void loadingTheSameNoticeAgainTouchesNothing() {
        clock.set(at("2026-12-28T09:00+08:00"));
        MatterId id = office.report(District.sewage(GRID_1), "gw-1").id();
        WorkingCalendar published = CHINA.plus(notice2027());
        office.changeCalendar(published, "admin-1", "2027 holidays published");
        SlaClock once = resolution(id);

        office.changeCalendar(published.plus(notice2027()), "admin-1", "loaded twice");

        SlaClock twice = resolution(id);
        assertThat(twice.due()).isEqualTo(once.due());
        assertThat(twice.entries(ClockEntry.Kind.RECOMPUTE)).hasSize(1);
    }

    @Test
    void theMoveSurvivesARebuildOfTheOfficeFromItsStore() {
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice first = District.office(clock).calendar(CHINA).store(store).build();
        clock.set(at("2026-12-28T09:00+08:00"));
        MatterId id = first.report(District.sewage(GRID_1), "gw-1").id();
        clock.set(at("2026-12-29T10:00+08:00"));
        first.changeCalendar(CHINA.plus(notice2027()), "admin-1", "2027 holidays published");
        SlaClock live = first.clocks(id).stream()
                .filter(c -> c.metric() == Metric.RESOLUTION)
                .findFirst()
                .orElseThrow();

        GridOffice rebuilt = District.office(clock).calendar(CHINA).store(store).build();

        SlaClock replayed = rebuilt.clocks(id).stream()
                .filter(c -> c.metric() == Metric.RESOLUTION)
                .findFirst()
                .orElseThrow();
        assertThat(replayed.due()).isEqualTo(at("2027-01-04T09:00+08:00"));
        assertThat(replayed.provisional()).isFalse();
        assertThat(replayed.timeline()).isEqualTo(live.timeline());
        assertThat(replayed.entries(ClockEntry.Kind.RECOMPUTE)).singleElement().satisfies(e -> {
            assertThat(e.previousDue()).isEqualTo(at("2027-01-05T09:00+08:00"));
            assertThat(e.due()).isEqualTo(at("2027-01-04T09:00+08:00"));
        });
        assertThat(rebuilt.settings().calendarLoads()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo("2027 holidays published");
            assertThat(l.at()).isEqualTo(at("2026-12-29T10:00+08:00"));
        });
        assertThat(rebuilt.calendar().schedule().isProvisional(2027))
                .as("a rebuilt office starts from the calendar last loaded")
                .isFalse();
    }
}
