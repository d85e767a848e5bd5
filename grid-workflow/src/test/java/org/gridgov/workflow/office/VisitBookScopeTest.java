package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.DISTRICT;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIANKANGLU_STREET;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.ZHENGDONGLU_STREET;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Actor;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.VisitPolicy;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 for visits (走访): who was visited, where, and the subject's category are personal data.
 * Recording a visit and listing visits or subjects take an actor whose areas hold the subject's
 * grid; for each operation an actor inside succeeds and one outside is refused, the refusal names
 * actor, action and area but no personal value, nothing is recorded, and both outcomes are audited.
 */
class VisitBookScopeTest {
    private static final Purpose PURPOSE = Purpose.of("visit.duty");
    private static final String WHERE = "3 幢 2 单元 401";
    private static final String CATEGORY = "lone-elderly";

    private final ManualClock clock = ManualClock.at("2026-10-09T09:30:00+08:00");
    private final AuditTrail trail = AuditTrail.inMemory(clock);
    private final List<VisitSubject> subjects = new ArrayList<>(List.of(
            new VisitSubject("R-001", CATEGORY, GRID_1, Map.of("grid-head", "head-1")),
            new VisitSubject("R-002", CATEGORY, GRID_1, Map.of("grid-head", "head-1")),
            new VisitSubject("R-003", CATEGORY, GRID_1, Map.of("grid-head", "head-1")),
            new VisitSubject("R-009", CATEGORY, GRID_2, Map.of("grid-head", "head-2"))));
    private final VisitBook book = VisitBook.of(clock, trail, () -> subjects);

    /** The book's operations on subject R-001 (grid 1) or on grid 1. */
    enum Operation {
        RECORD((b, a) -> b.record(a, "R-001", VisitRecord.Outcome.MET, WHERE, PURPOSE)),
        LIST_VISITS((b, a) -> b.visits(a, GRID_1, Instant.EPOCH, Instant.MAX, PURPOSE)),
        VISITS_OF_SUBJECT((b, a) -> b.visitsOf(a, "R-001", PURPOSE)),
        LIST_SUBJECTS((b, a) -> b.subjects(a, GRID_1, PURPOSE));

        final BiFunction<VisitBook, Actor, Object> run;

        Operation(BiFunction<VisitBook, Actor, Object> run) {
            this.run = run;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Operation op : Operation.values()) {
            out.add(Arguments.of(op, Actor.gridWorker("head-1", GRID_1), Actor.gridWorker("head-2", GRID_2)));
            out.add(Arguments.of(
                    op, Actor.officer("c-1", HEJIANONG_COMMUNITY), Actor.officer("c-2", JIUHAIJIE_COMMUNITY)));
            out.add(Arguments.of(
                    op, Actor.officer("s-1", ZHENGDONGLU_STREET), Actor.officer("s-2", JIANKANGLU_STREET)));
            out.add(Arguments.of(op, Actor.officer("d-1", DISTRICT), Actor.gridWorker("gw-3", District.GRID_3)));
            out.add(Arguments.of(op, Actor.gridWorker("head-1", GRID_1), Actor.department("dept:civil")));
            out.add(Arguments.of(op, Actor.gridWorker("head-1", GRID_1), Actor.resident("R-001")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} inside, {2} outside")
    @MethodSource("matrix")
    void insideTheScopeSucceedsOutsideIsRefusedNothingIsRecordedAndBothAreAudited(
            Operation op, Actor inside, Actor outside) {
        book.record(Actor.gridWorker("head-1", GRID_1), "R-001", VisitRecord.Outcome.MET, WHERE, PURPOSE);
        int visits = allVisits().size();
        int before = trail.entries().size();

        assertThatThrownBy(() -> op.run.apply(book, outside))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(outside.id())
                .hasMessageContaining(GRID_1.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WHERE, CATEGORY));
        AuditEntry refused = last();
        assertThat(refused.event().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.event().actor()).isEqualTo(outside.id());
        assertThat(refused.event().area()).isEqualTo(GRID_1.toString());
        assertThat(refused.event().toString()).doesNotContain(WHERE, CATEGORY);
        assertThat(allVisits()).as("a refusal records nothing").hasSize(visits);

        Object got = op.run.apply(book, inside);
        AuditEntry allowed = trail.entries().get(before + 2); // after the refusal and the count above
        assertThat(allowed.event().outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(allowed.event().actor()).isEqualTo(inside.id());
        assertThat(allowed.event().purpose()).isEqualTo(PURPOSE);
        assertThat(trail.verify().intact()).isTrue();
        switch (op) {
            case RECORD -> {
                VisitRecord v = (VisitRecord) got;
                assertThat(v.visitor()).as("the actor is the visitor").isEqualTo(inside.id());
                assertThat(v.at()).isEqualTo(clock.instant());
                assertThat(allVisits()).hasSize(visits + 1);
            }
            case LIST_SUBJECTS ->
                assertThat((List<?>) got)
                        .extracting(s -> ((VisitSubject) s).ref())
                        .containsExactly("R-001", "R-002", "R-003");
            default ->
                assertThat((List<?>) got).singleElement().satisfies(v -> {
                    assertThat(((VisitRecord) v).subject()).isEqualTo("R-001");
                    assertThat(((VisitRecord) v).location()).as("listed masked").isEqualTo(VisitBook.MASK);
                });
        }
    }

    @Test
    void aListingHoldsOnlyTheAreasVisitsInTheGivenInstants() {
        Actor head1 = Actor.gridWorker("head-1", GRID_1);
        Actor head2 = Actor.gridWorker("head-2", GRID_2);
        book.record(head1, "R-001", VisitRecord.Outcome.MET, null, PURPOSE);
        Instant first = clock.instant();
        clock.set(Instant.parse("2026-10-20T07:00:00Z"));
        book.record(head1, "R-002", VisitRecord.Outcome.NOT_MET, null, PURPOSE);
        book.record(head2, "R-009", VisitRecord.Outcome.MET, WHERE, PURPOSE);
        Actor street = Actor.officer("s-1", ZHENGDONGLU_STREET);

        assertThat(book.visits(head1, GRID_1, Instant.EPOCH, Instant.MAX, PURPOSE))
                .extracting(VisitRecord::subject)
                .containsExactly("R-001", "R-002");
        assertThat(book.visits(head1, GRID_1, first, first.plusSeconds(1), PURPOSE))
                .extracting(VisitRecord::subject)
                .containsExactly("R-001");
        assertThat(book.visits(street, ZHENGDONGLU_STREET, Instant.EPOCH, Instant.MAX, PURPOSE))
                .extracting(VisitRecord::subject)
                .containsExactly("R-001", "R-002", "R-009");
        assertThat(book.visitsOf(head2, "R-009", PURPOSE))
                .singleElement()
                .satisfies(v -> assertThat(v.toString() + v.location()).doesNotContain(WHERE));
    }

    @Test
    void anUnknownSubjectIsAnUnknownIdAndRecordsNothing() {
        assertThatThrownBy(() -> book.record(
                        Actor.gridWorker("head-1", GRID_1), "R-404", VisitRecord.Outcome.MET, null, PURPOSE))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("R-404");
        assertThat(allVisits()).isEmpty();
    }

    @Test
    void theOfficeWatchReadsTheBookAndTheScopedListingOfWarningsHoldsOnlyTheActorsGrids() {
        GridOffice office = District.office(clock)
                .auditTrail(trail)
                .visits(VisitPolicy.seeds(), book, LocalDate.of(2026, 10, 1))
                .build();
        Actor head1 = Actor.gridWorker("head-1", GRID_1);
        book.record(head1, "R-001", VisitRecord.Outcome.MET, null, PURPOSE);
        book.record(head1, "R-002", VisitRecord.Outcome.MET, WHERE, PURPOSE);
        book.record(head1, "R-003", VisitRecord.Outcome.NOT_MET, null, PURPOSE);
        assertThatThrownBy(() -> book.record(
                        Actor.gridWorker("head-2", GRID_2), "R-003", VisitRecord.Outcome.MET, null, PURPOSE))
                .isInstanceOf(AccessDeniedException.class);
        Actor head2 = Actor.gridWorker("head-2", GRID_2);
        book.record(head2, "R-009", VisitRecord.Outcome.MET, null, PURPOSE);

        clock.set(Instant.parse("2026-10-31T16:05:00Z")); // 1 November, 00:05 in Beijing
        office.tick();

        assertThat(office.visitWarnings())
                .as("R-003 was not met and head-2's refused visit does not count")
                .extracting(VisitWarning::subject)
                .containsExactly("R-003");
        assertThat(office.personalData().visitWarnings(head1, PURPOSE))
                .extracting(VisitWarning::subject)
                .containsExactly("R-003");
        assertThat(last().event().actor()).isEqualTo("head-1");
        assertThat(office.personalData().visitWarnings(head2, PURPOSE)).isEmpty();
        assertThat(office.personalData().visitWarnings(Actor.department("dept:civil"), PURPOSE))
                .isEmpty();
        assertThat(office.personalData().visitWarnings(Actor.officer("c-1", HEJIANONG_COMMUNITY), PURPOSE))
                .hasSize(1);
        assertThat(last().event().outcome()).isEqualTo(Outcome.ALLOWED);
    }

    /** Every visit, through a district officer (the count itself is audited). */
    private List<VisitRecord> allVisits() {
        return book.visits(Actor.officer("d-0", DISTRICT), DISTRICT, Instant.EPOCH, Instant.MAX, PURPOSE);
    }

    private AuditEntry last() {
        List<AuditEntry> all = trail.entries();
        return all.get(all.size() - 1);
    }
}
