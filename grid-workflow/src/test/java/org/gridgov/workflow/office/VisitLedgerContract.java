package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.DISTRICT;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_GRID_1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitRecord.Outcome;
import org.gridgov.workflow.visit.VisitSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link VisitLedger} does under a {@link VisitBook}, run on each ledger with the same
 * cases: visits listed by area and by subject in the order recorded, instants from inclusive to
 * exclusive (to the microsecond the book stamps), one visit per host's id and one per call
 * without, an id naming another subject's visit and an unknown subject refused with a
 * typed error naming the field and nothing recorded, and the office watch's view of the days.
 */
abstract class VisitLedgerContract {
    static final Purpose PURPOSE = Purpose.of("visit.duty");
    static final String WHERE = "3 幢 2 单元 401";
    static final String CATEGORY = "lone-elderly";
    static final Actor HEAD_1 = Actor.gridWorker("head-1", GRID_1);
    static final Actor HEAD_2 = Actor.gridWorker("head-2", GRID_2);
    static final Actor HEAD_J = Actor.gridWorker("head-j", JIUHAIJIE_GRID_1);
    static final Actor DISTRICT_OFFICER = Actor.officer("d-0", DISTRICT);

    static final List<VisitSubject> SUBJECTS = List.of(
            new VisitSubject("R-001", CATEGORY, GRID_1, Map.of("grid-head", "head-1")),
            new VisitSubject("R-002", CATEGORY, GRID_1, Map.of("grid-head", "head-1")),
            new VisitSubject("R-003", CATEGORY, GRID_1, Map.of("grid-head", "head-1")),
            new VisitSubject("R-009", CATEGORY, GRID_2, Map.of("grid-head", "head-2")),
            new VisitSubject("R-020", CATEGORY, JIUHAIJIE_GRID_1, Map.of("grid-head", "head-j")));

    final ManualClock clock = ManualClock.at("2026-10-09T09:30:00+08:00");
    final AuditTrail trail = AuditTrail.inMemory(clock);
    VisitBook book;

    /** A new, empty ledger. */
    protected abstract VisitLedger newLedger();

    @BeforeEach
    void newBook() {
        book = VisitBook.of(clock, trail, () -> SUBJECTS, newLedger());
    }

    @Test
    void visitsAreListedByAreaInTheOrderRecorded() {
        book.record(HEAD_1, "R-002", Outcome.MET, WHERE, PURPOSE);
        later();
        book.record(HEAD_2, "R-009", Outcome.NOT_MET, null, PURPOSE);
        later();
        book.record(HEAD_J, "R-020", Outcome.MET, null, PURPOSE);
        later();
        book.record(HEAD_1, "R-001", Outcome.MATTER_REPORTED, null, PURPOSE);

        assertThat(subjects(book.visits(HEAD_1, GRID_1, Instant.EPOCH, Instant.MAX, PURPOSE)))
                .containsExactly("R-002", "R-001");
        assertThat(subjects(book.visits(HEAD_2, GRID_2, Instant.EPOCH, Instant.MAX, PURPOSE)))
                .containsExactly("R-009");
        assertThat(subjects(book.visits(
                        Actor.officer("c-1", HEJIANONG_COMMUNITY),
                        HEJIANONG_COMMUNITY,
                        Instant.EPOCH,
                        Instant.MAX,
                        PURPOSE)))
                .containsExactly("R-002", "R-009", "R-001");
        assertThat(all())
                .extracting(VisitRecord::outcome)
                .containsExactly(Outcome.MET, Outcome.NOT_MET, Outcome.MET, Outcome.MATTER_REPORTED);
        assertThat(all().get(0).location()).as("listed masked").isEqualTo(VisitBook.MASK);
        assertThat(all().get(1).location()).as("none recorded").isNull();
    }

    @Test
    void aSubjectsVisitsAreListedInTheOrderRecorded() {
        VisitRecord first = book.record(HEAD_1, "R-001", Outcome.NOT_MET, null, PURPOSE);
        later();
        book.record(HEAD_1, "R-002", Outcome.MET, null, PURPOSE);
        later();
        VisitRecord second = book.record(HEAD_1, "R-001", Outcome.MET, WHERE, PURPOSE);

        assertThat(book.visitsOf(HEAD_1, "R-001", PURPOSE))
                .containsExactly(first, new VisitRecord("head-1", "R-001", second.at(), Outcome.MET, VisitBook.MASK));
        assertThat(book.visitsOf(HEAD_1, "R-003", PURPOSE)).isEmpty();
    }

    @Test
    void periodsRunFromInclusiveToExclusiveToTheMicrosecond() {
        clock.set(Instant.parse("2026-10-09T01:30:00.000001999Z"));
        VisitRecord v = book.record(HEAD_1, "R-001", Outcome.MET, null, PURPOSE);
        Instant at = Instant.parse("2026-10-09T01:30:00.000001Z");
        assertThat(v.at()).as("stamped to the microsecond").isEqualTo(at);

        assertThat(book.visits(HEAD_1, GRID_1, at, at.plusNanos(1), PURPOSE)).containsExactly(v);
        assertThat(book.visits(HEAD_1, GRID_1, at.minusSeconds(60), at, PURPOSE))
                .as("to is exclusive")
                .isEmpty();
        assertThat(book.visits(HEAD_1, GRID_1, at.plusNanos(1), at.plusSeconds(60), PURPOSE))
                .as("from is inclusive, to the nanosecond")
                .isEmpty();
        assertThat(book.visits(HEAD_1, GRID_1, at.minusNanos(1), at.plusNanos(1), PURPOSE))
                .containsExactly(v);
        assertThat(book.visits(HEAD_1, GRID_1, Instant.MIN, Instant.MAX, PURPOSE))
                .containsExactly(v);
        assertThat(book.visitsOf(HEAD_1, "R-001", PURPOSE)).containsExactly(v);
    }

    @Test
    void aRetriedCallWithTheHostsIdRecordsOnceAndReturnsTheFirstVisit() {
        VisitRecord first = book.record(HEAD_1, "app-7f3a", "R-001", Outcome.MET, WHERE, PURPOSE);
        later();
        VisitRecord again = book.record(HEAD_1, "app-7f3a", "R-001", Outcome.NOT_MET, null, PURPOSE);

        assertThat(again).isEqualTo(first);
        assertThat(again.location()).isEqualTo(WHERE);
        assertThat(all()).hasSize(1);
        assertThat(book.visitsOf(HEAD_1, "R-001", PURPOSE)).singleElement().returns(Outcome.MET, VisitRecord::outcome);

        book.record(HEAD_1, "app-7f3b", "R-001", Outcome.MET, null, PURPOSE);
        assertThat(all()).as("another id is another visit").hasSize(2);
    }

    @Test
    void withoutAnIdEveryCallIsAVisitEvenAtTheSameInstant() {
        VisitRecord first = book.record(HEAD_1, "R-001", Outcome.MET, null, PURPOSE);
        assertThat(book.record(HEAD_1, "R-001", Outcome.MET, null, PURPOSE)).isEqualTo(first);
        assertThat(all()).as("the host gave no id: two calls, two visits").containsExactly(first, first);
    }

    @Test
    void anIdNamingAnotherSubjectsVisitIsRefusedAndRecordsNothing() {
        book.record(HEAD_1, "app-1", "R-001", Outcome.MET, WHERE, PURPOSE);
        List<VisitRecord> before = all();

        assertThatThrownBy(() -> book.record(HEAD_1, "app-1", "R-002", Outcome.MET, WHERE, PURPOSE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("visitId");
                    assertThat(e.value()).contains("app-1");
                    assertThat(e.getMessage()).doesNotContain(WHERE, CATEGORY);
                });
        assertThatThrownBy(() -> book.record(HEAD_2, "app-1", "R-009", Outcome.MET, null, PURPOSE))
                .as("nor by another visitor")
                .isInstanceOf(InvalidInputException.class);
        assertThat(all()).isEqualTo(before);
        assertThat(book.visitsOf(HEAD_1, "R-002", PURPOSE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankOrOverlongIdIsRefusedNamingTheField(String id) {
        String overlong = "x".repeat(VisitBook.MAX_ID_LENGTH + 1);
        for (String bad : List.of(id, overlong)) {
            assertThatThrownBy(() -> book.record(HEAD_1, bad, "R-001", Outcome.MET, null, PURPOSE))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.path()).isEqualTo("visitId"));
        }
        book.record(HEAD_1, "x".repeat(VisitBook.MAX_ID_LENGTH), "R-001", Outcome.MET, null, PURPOSE);
        assertThat(all()).as("only the id of the longest length").hasSize(1);
    }

    @Test
    void anUnknownSubjectIsRefusedNamingTheFieldAndRecordsNothing() {
        book.record(HEAD_1, "R-001", Outcome.MET, null, PURPOSE);
        List<VisitRecord> before = all();

        assertThatThrownBy(() -> book.record(HEAD_1, "R-404", Outcome.MET, WHERE, PURPOSE))
                .isInstanceOfSatisfying(UnknownIdException.class, e -> {
                    assertThat(e.kind()).isEqualTo("visit subject");
                    assertThat(e.id()).isEqualTo("R-404");
                    assertThat(e.getMessage()).doesNotContain(WHERE);
                });
        assertThatThrownBy(() -> book.record(HEAD_1, "app-2", "R-404", Outcome.MET, null, PURPOSE))
                .isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> book.visitsOf(HEAD_1, "R-404", PURPOSE)).isInstanceOf(UnknownIdException.class);
        assertThat(all()).isEqualTo(before);
        book.record(HEAD_1, "app-2", "R-002", Outcome.MET, null, PURPOSE);
        assertThat(all()).as("the id was not taken").hasSize(2);
    }

    @Test
    void theWatchReadsTheVisitsOfTheDaysInClear() {
        clock.set(Instant.parse("2026-10-01T01:00:00Z"));
        book.record(HEAD_1, "R-001", Outcome.MET, null, PURPOSE);
        clock.set(Instant.parse("2026-10-09T15:30:00Z")); // 9 October, 23:30 in Beijing
        VisitRecord late = book.record(HEAD_1, "R-002", Outcome.MET, WHERE, PURPOSE);
        clock.set(Instant.parse("2026-10-20T01:00:00Z"));
        book.record(HEAD_2, "R-009", Outcome.MET, null, PURPOSE);

        VisitSource source = book.source();
        assertThat(source.visits(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9)))
                .as("the day's visit, its location in clear for the system read")
                .containsExactly(late);
        assertThat(source.visits(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .hasSize(3);
        assertThat(source.visits(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 18)))
                .isEmpty();
        assertThat(source.subjects()).isEqualTo(SUBJECTS);
    }

    /**
     * Seeded random visits (some retried under their id, some by ids reused for another subject):
     * what the book lists for random areas and instants, and for each subject, is what a plain
     * model of the rules keeps.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomVisitsListAsTheModelKeepsThem(long seed) {
        Random random = new Random(seed);
        Map<String, VisitRecord> byId = new LinkedHashMap<>();
        Map<VisitRecord, AreaCode> grids = new LinkedHashMap<>();
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        for (int i = 0; i < 60; i++) {
            clock.set(start.plusSeconds(random.nextInt(30 * 86_400)).plusNanos(random.nextInt(1_000_000_000)));
            VisitSubject s = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            Actor visitor = Actor.gridWorker(s.visitors().get("grid-head"), s.grid());
            String id = "app-" + random.nextInt(40);
            Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
            VisitRecord before = byId.get(id);
            if (before != null && !before.subject().equals(s.ref())) {
                assertThatThrownBy(() -> book.record(visitor, id, s.ref(), outcome, null, PURPOSE))
                        .isInstanceOf(InvalidInputException.class);
                continue;
            }
            VisitRecord got = book.record(visitor, id, s.ref(), outcome, random.nextBoolean() ? WHERE : null, PURPOSE);
            if (before == null) {
                byId.put(id, got);
                grids.put(got, s.grid());
            } else {
                assertThat(got).as("retried %s", id).isEqualTo(before);
            }
        }
        List<AreaCode> areas = List.of(GRID_1, GRID_2, JIUHAIJIE_GRID_1, HEJIANONG_COMMUNITY, DISTRICT);
        for (int i = 0; i < 20; i++) {
            AreaCode area = areas.get(random.nextInt(areas.size()));
            Instant from = start.plusSeconds(random.nextInt(30 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
            Instant to = from.plusSeconds(random.nextInt(15 * 86_400));
            List<VisitRecord> expected = new ArrayList<>();
            for (VisitRecord v : byId.values()) {
                if (area.contains(grids.get(v)) && !v.at().isBefore(from) && v.at().isBefore(to)) {
                    expected.add(masked(v));
                }
            }
            assertThat(book.visits(DISTRICT_OFFICER, area, from, to, PURPOSE))
                    .as("%s from %s to %s", area, from, to)
                    .isEqualTo(expected);
        }
        for (VisitSubject s : SUBJECTS) {
            assertThat(book.visitsOf(DISTRICT_OFFICER, s.ref(), PURPOSE))
                    .isEqualTo(byId.values().stream()
                            .filter(v -> v.subject().equals(s.ref()))
                            .map(VisitLedgerContract::masked)
                            .toList());
        }
    }

    private static VisitRecord masked(VisitRecord v) {
        return v.location() == null
                ? v
                : new VisitRecord(v.visitor(), v.subject(), v.at(), v.outcome(), VisitBook.MASK);
    }

    private void later() {
        clock.advance(java.time.Duration.ofMinutes(7));
    }

    /** Every visit, through a district officer. */
    List<VisitRecord> all() {
        return book.visits(DISTRICT_OFFICER, DISTRICT, Instant.EPOCH, Instant.MAX, PURPOSE);
    }

    private static List<String> subjects(List<VisitRecord> visits) {
        return visits.stream().map(VisitRecord::subject).toList();
    }
}
