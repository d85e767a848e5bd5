package org.gridgov.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.core.plan.TestPlans.HEJIANONG;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_1;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_2;
import static org.gridgov.core.plan.TestPlans.JIUHAIJIE_1;
import static org.gridgov.core.plan.TestPlans.STREET;
import static org.gridgov.core.register.ScopeMatrix.PURPOSE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Action;
import org.gridgov.core.access.Actor;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegisterOfficeScopeTest {
    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");
    private final AuditTrail trail = AuditTrail.inMemory(Clock.fixed(NOON, ZoneOffset.UTC));
    private final RegisterOffice office = RegisterOffice.open(TestRegisters.small(), trail);

    static Stream<String> operations() {
        return ScopeMatrix.CASES.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("operations")
    void an_actor_inside_the_scope_succeeds_and_is_audited(String operation) {
        ScopeMatrix.Case c = ScopeMatrix.CASES.get(operation);
        assertThatCode(() -> c.call().accept(office, c.inside())).doesNotThrowAnyException();
        assertThat(trail.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.event().actor()).isEqualTo(c.inside().id());
            assertThat(e.event().outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(e.event().purpose()).isEqualTo(PURPOSE);
            assertThat(e.at()).isEqualTo(NOON);
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("operations")
    void an_actor_outside_is_refused_the_refusal_is_audited_and_nothing_changes(String operation) {
        ScopeMatrix.Case c = ScopeMatrix.CASES.get(operation);
        String before = state();
        assertThatThrownBy(() -> c.call().accept(office, ScopeMatrix.OUTSIDE))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.actor()).isEqualTo("W-0301");
                    assertThat(e.area()).startsWith(HEJIANONG.toString());
                    assertThat(e.getMessage())
                            .isEqualTo("actor 'W-0301' may not " + e.action() + " in area " + e.area()
                                    + ": outside the actor's scope");
                    TestRegisters.CLEAR_VALUES.forEach(
                            v -> assertThat(e.getMessage()).doesNotContain(v));
                });
        AuditEntry last = trail.entries().get(trail.entries().size() - 1);
        assertThat(last.event().actor()).isEqualTo("W-0301");
        assertThat(last.event().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void departments_and_residents_never_reach_the_register() {
        for (Actor actor : List.of(Actor.department("D-CITY-MGMT"), Actor.resident("U-88"))) {
            assertThatThrownBy(() -> office.resident(actor, "R-0001", PURPOSE))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(trail.entries()).extracting(e -> e.event().outcome()).containsOnly(Outcome.REFUSED);
    }

    @Test
    void a_street_officer_reads_the_whole_street_and_a_grid_worker_only_their_grid() {
        Actor street = Actor.officer("S-01", STREET);
        assertThat(office.residents(street, STREET, PURPOSE))
                .extracting(Resident::id)
                .containsExactly("R-0001", "R-0002", "R-0003", "R-0004");
        assertThat(office.residents(ScopeMatrix.INSIDE, HEJIANONG_1, PURPOSE))
                .extracting(Resident::id)
                .containsExactly("R-0001", "R-0002");
        assertThatThrownBy(() -> office.residents(ScopeMatrix.INSIDE, HEJIANONG, PURPOSE))
                .as("a grid worker may not list the whole community")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_move_needs_both_grids_in_scope() {
        Actor grid2 = Actor.gridWorker("W-0102", HEJIANONG_2);
        assertThatThrownBy(() -> office.move(ScopeMatrix.INSIDE, "R-0002", HEJIANONG_2, Optional.of("H-0002"), PURPOSE))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.area()).isEqualTo(HEJIANONG_2.toString()));
        assertThat(office.resident(ScopeMatrix.INSIDE, "R-0002", PURPOSE).grid())
                .isEqualTo(HEJIANONG_1);
        assertThatThrownBy(() -> office.residents(grid2, JIUHAIJIE_1, PURPOSE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reveal_gives_the_clear_value_and_the_audit_entry_names_record_and_purpose_only() {
        String id = office.reveal(ScopeMatrix.INSIDE, "R-0001", Field.ID_NUMBER, PURPOSE);
        assertThat(id).isEqualTo("321102194405174028");
        assertThat(office.reveal(ScopeMatrix.INSIDE, "R-0001", Field.PHONE, PURPOSE))
                .isEqualTo("13952861234");
        assertThat(office.reveal(ScopeMatrix.INSIDE, "H-0001", Field.ADDRESS, PURPOSE))
                .startsWith("江苏省镇江市");
        AuditEntry entry = trail.entries().get(0);
        assertThat(entry.event().action()).isEqualTo(Action.REVEAL_VALUE.name());
        assertThat(entry.event().record()).isEqualTo("R-0001");
        assertThat(entry.event().purpose().code()).isEqualTo("visit.monthly");
        assertThat(trail.entries().toString()).doesNotContain("321102194405174028", "13952861234");
    }

    @Test
    void changes_keep_a_history_stamped_by_the_clock() {
        office.tag(ScopeMatrix.INSIDE, "R-0002", "UNEMPLOYED", PURPOSE);
        office.move(ScopeMatrix.COMMUNITY, "R-0002", HEJIANONG_2, Optional.of("H-0002"), PURPOSE);
        assertThat(office.history(ScopeMatrix.COMMUNITY, "R-0002", PURPOSE))
                .extracting(RegisterChange::kind, RegisterChange::detail, RegisterChange::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RegisterChange.Kind.TAGGED, "UNEMPLOYED", NOON),
                        org.assertj.core.groups.Tuple.tuple(RegisterChange.Kind.MOVED, HEJIANONG_1.toString(), NOON));
        assertThat(office.tagged(ScopeMatrix.COMMUNITY, HEJIANONG, "UNEMPLOYED", PURPOSE))
                .extracting(Resident::id)
                .containsExactly("R-0002");
    }

    @Test
    void a_change_that_breaks_a_rule_leaves_the_register_as_it_was() {
        String before = state();
        assertThatThrownBy(
                        () -> office.move(ScopeMatrix.COMMUNITY, "R-0002", HEJIANONG_2, Optional.of("H-0001"), PURPOSE))
                .hasMessageContaining("a resident lives in the grid of their household");
        assertThatThrownBy(() -> office.tag(ScopeMatrix.INSIDE, "R-0002", "LOCAL_ORGANISATION", PURPOSE))
                .hasMessageContaining("applies to ORGANISATION records only");
        assertThat(state()).isEqualTo(before);
        assertThat(office.history(ScopeMatrix.COMMUNITY, "R-0002", PURPOSE)).isEmpty();
    }

    /** Everything a street officer can see, masked, as one text. */
    private String state() {
        Actor street = Actor.officer("S-STATE", STREET);
        return office.residents(street, STREET, PURPOSE).toString()
                + office.residents(street, STREET, PURPOSE).stream()
                        .map(r -> r.tags().toString())
                        .toList();
    }
}
