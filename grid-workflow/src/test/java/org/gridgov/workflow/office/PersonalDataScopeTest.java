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

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Actor;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.testing.Reports;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.ReturnVisitPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: every office operation on a matter's personal data (reporter, description,
 * attachments, where a person stood) checks the actor's scope. For each operation, an actor inside
 * the scope succeeds and one outside is refused, the refusal names actor, action and area but no
 * personal value, and both outcomes are in the audit trail.
 */
class PersonalDataScopeTest {
    private static final String NAME = "施元冲";
    private static final String PHONE = "13800001234";
    private static final Purpose PURPOSE = Purpose.of("matter.handling");

    private final ManualClock clock = ManualClock.at("2026-09-22T10:00:00+08:00");
    private final GridOffice office = District.office(clock).build();

    /** Operations on one matter: each returns what the actor got. */
    enum Operation {
        REVEAL((o, a) -> o.reveal(a.actor, a.id, PURPOSE)),
        READ_MASKED((o, a) -> o.personalData().matter(a.actor, a.id, PURPOSE)),
        HISTORY((o, a) -> o.personalData().history(a.actor, a.id, PURPOSE)),
        RETURN_VISIT((o, a) ->
                o.personalData().returnVisit(a.actor, a.id, Rating.SATISFIED, ReturnVisitPolicy.defaults(), PURPOSE));

        final BiFunction<GridOffice, Call, Object> run;

        Operation(BiFunction<GridOffice, Call, Object> run) {
            this.run = run;
        }
    }

    record Call(Actor actor, MatterId id) {}

    static Stream<Arguments> matrix() {
        List<Arguments> out = new java.util.ArrayList<>();
        for (Operation op : Operation.values()) {
            out.add(Arguments.of(op, Actor.gridWorker("gw-1", GRID_1), Actor.gridWorker("gw-2", GRID_2)));
            out.add(Arguments.of(
                    op, Actor.officer("c-1", HEJIANONG_COMMUNITY), Actor.officer("c-2", JIUHAIJIE_COMMUNITY)));
            out.add(Arguments.of(
                    op, Actor.officer("s-1", ZHENGDONGLU_STREET), Actor.officer("s-2", JIANKANGLU_STREET)));
            out.add(Arguments.of(op, Actor.officer("d-1", DISTRICT), Actor.gridWorker("gw-3", District.GRID_3)));
            out.add(Arguments.of(op, Actor.department("dept:water"), Actor.department("dept:roads")));
            out.add(Arguments.of(op, Actor.resident("R-000001"), Actor.resident("R-000002")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} inside, {2} outside")
    @MethodSource("matrix")
    void insideTheScopeSucceedsOutsideIsRefusedAndBothAreAudited(Operation op, Actor inside, Actor outside)
            throws Exception {
        MatterId id = closedMatterOfResidentAssignedToWater();
        long version = office.matter(id).version();
        int before = office.personalData().trail().entries().size();

        assertThatThrownBy(() -> op.run.apply(office, new Call(outside, id)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(outside.id())
                .hasMessageContaining(GRID_1.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(NAME, PHONE, "R-000001"));
        assertThat(office.matter(id).version()).as("a refusal changes nothing").isEqualTo(version);
        AuditEntry refused = last();
        assertThat(refused.event().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.event().actor()).isEqualTo(outside.id());
        assertThat(refused.event().record()).isEqualTo(id.toString());
        assertThat(refused.event().area()).isEqualTo(GRID_1.toString());

        Object got = op.run.apply(office, new Call(inside, id));
        AuditEntry allowed = last();
        assertThat(allowed.event().outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(allowed.event().actor()).isEqualTo(inside.id());
        assertThat(allowed.event().purpose()).isEqualTo(PURPOSE);
        assertThat(office.personalData().trail().entries()).hasSize(before + 2);
        assertThat(office.personalData().trail().verify().intact()).isTrue();
        if (op == Operation.REVEAL) {
            MatterReport clear = (MatterReport) got;
            assertThat(clear.reporter().name()).isEqualTo(NAME);
            assertThat(clear.reporter().phone()).isEqualTo(PHONE);
        } else if (op == Operation.HISTORY) {
            MatterHistory masked = (MatterHistory) got;
            assertThat(masked.report().reporter().name()).isNull();
            assertThat(masked.report().description()).isEmpty();
            assertThat(masked.report().reporterId()).isEmpty();
            assertThat(masked.version()).isEqualTo(version);
            assertThat(masked.transitions())
                    .extracting(org.gridgov.workflow.matter.Transition::reason)
                    .allMatch(r -> r.isEmpty() || r.equals("***"))
                    .as("the resolver's note naming the reporter is masked")
                    .contains("***");
            String json = org.gridgov.core.json.GridJson.mapper().writeValueAsString(masked);
            assertThat(json + masked).doesNotContain(NAME, PHONE, "R-000001");
            assertThat(masked.replay().state()).isEqualTo(office.matter(id).state());
        } else {
            Matter masked = (Matter) got;
            assertThat(masked.report().reporter().name()).isNull();
            assertThat(masked.report().description()).isEmpty();
            assertThat(masked.report().attachments()).isEmpty();
            assertThat(masked.report().reporterId()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{1} lists, {2} does not see it")
    @MethodSource("listers")
    void aListingIsMaskedHoldsOnlyMattersInScopeAndIsAudited(String label, Actor inside, Actor outside) {
        MatterId id = office.report(residentsReport(), "gw-1").id();
        List<Matter> seen = office.personalData().openMatters(inside, MatterQuery.open(), PURPOSE);
        assertThat(seen).extracting(Matter::id).containsExactly(id);
        assertThat(seen.get(0).report().reporter().name()).isNull();
        assertThat(last().event().outcome()).isEqualTo(Outcome.ALLOWED);

        assertThat(office.personalData().openMatters(outside, MatterQuery.open(), PURPOSE))
                .isEmpty();
        assertThat(last().event().actor()).isEqualTo(outside.id());
    }

    static Stream<Arguments> listers() {
        return Stream.of(
                Arguments.of("grid worker", Actor.gridWorker("gw-1", GRID_1), Actor.gridWorker("gw-2", GRID_2)),
                Arguments.of(
                        "community",
                        Actor.officer("c-1", HEJIANONG_COMMUNITY),
                        Actor.officer("c-2", JIUHAIJIE_COMMUNITY)),
                Arguments.of("resident", Actor.resident("R-000001"), Actor.resident("R-000002")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listers")
    void listingAnAreaWhollyOutsideTheScopeIsRefusedAndAudited(String label, Actor inside, Actor outside) {
        if (!outside.roles().stream().allMatch(r -> r.level().isPresent())) {
            return; // a resident's listing is filtered, never refused by area
        }
        assertThatThrownBy(() -> office.personalData()
                        .openMatters(outside, MatterQuery.open().in(GRID_1), PURPOSE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(GRID_1.toString());
        assertThat(last().event().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(last().event().area()).isEqualTo(GRID_1.toString());
    }

    @org.junit.jupiter.api.Test
    void aMaskedMatterCarriesNoClearValueInItsJsonOrText() throws Exception {
        GridOffice office = District.office(clock)
                .resolver((lon, lat, crs) -> java.util.Optional.of(GRID_1))
                .build();
        MatterId id = office.report(
                        MatterReport.builder()
                                .from(residentsReport())
                                .location(org.gridgov.workflow.matter.Location.at(119.43, 32.2, "GCJ-02"))
                                .build(),
                        "gw-1")
                .id();
        Matter masked = office.personalData().matter(Actor.gridWorker("gw-1", GRID_1), id, PURPOSE);
        String json = org.gridgov.core.json.GridJson.mapper().writeValueAsString(masked);
        for (String text : List.of(json, masked.toString())) {
            assertThat(text).doesNotContain(NAME, PHONE, "R-000001", "污水外溢", "wechat://", "119.43");
        }
        assertThat(masked.report().location().areaCode()).contains(GRID_1);
        assertThat(office.matter(id).report().reporter().name())
                .as("the stored matter keeps the clear report")
                .isEqualTo(NAME);
    }

    private MatterId closedMatterOfResidentAssignedToWater() {
        MatterId id = office.report(residentsReport(), "gw-1").id();
        Matter m = office.matter(id);
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1", "dept:water")));
        m = office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
        m = office.handle(Command.on(m, Action.START, "gw-1"));
        m = office.handle(Command.on(m, Action.RESOLVE, "gw-1").because("called " + NAME + " on " + PHONE));
        m = office.handle(Command.on(m, Action.VERIFY, "head-1"));
        m = office.handle(Command.on(m, Action.CLOSE, "disp-1"));
        assertThat(m.state()).isEqualTo(State.CLOSED);
        return id;
    }

    private static MatterReport residentsReport() {
        return MatterReport.builder()
                .from(Reports.sewageOverflowInWeChatGroup(GRID_1))
                .reporterId("R-000001")
                .build();
    }

    private AuditEntry last() {
        List<AuditEntry> all = office.personalData().trail().entries();
        return all.get(all.size() - 1);
    }
}
