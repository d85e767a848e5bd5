package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.DISTRICT;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_GRID_1;
import static org.gridgov.workflow.testing.Jingkou.ZHENGDONGLU_STREET;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gridgov.core.access.Actor;
import org.gridgov.core.access.ActorRole;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: an actor's open matters are asked of the store by scope (once per area where the
 * actor's areas and the query meet) and are the same, in the same order, as every open matter of the
 * query filtered by {@link MatterScope}. Seeded random districts, actors and queries.
 */
class ScopedQueryTest {
    private static final List<AreaCode> GRIDS = List.of(GRID_1, GRID_2, District.GRID_3, JIUHAIJIE_GRID_1);
    private static final List<AreaCode> AREAS = List.of(
            DISTRICT, ZHENGDONGLU_STREET, HEJIANONG_COMMUNITY, JIUHAIJIE_COMMUNITY, GRID_1, GRID_2, JIUHAIJIE_GRID_1);
    private static final List<String> DEPARTMENTS = List.of("dept:water", "dept:roads", "dept:parks");

    static Stream<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 6).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theScopedQueryGivesWhatFilteringEveryOpenMatterGives(long seed) {
        Random random = new Random(seed);
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice office = District.office(ManualClock.at("2026-09-22T10:00:00+08:00"))
                .store(store)
                .build();
        for (int i = 0; i < 40; i++) {
            report(office, random, i);
        }
        for (int i = 0; i < 60; i++) {
            Actor actor = actor(random, i);
            MatterQuery query = query(random);
            List<Matter> filtered = store.openMatters(query).stream()
                    .filter(m -> MatterScope.allows(actor, m))
                    .toList();
            assertThat(ScopedQuery.openMatters(store, actor, query))
                    .as("%s with %s", actor, query)
                    .containsExactlyElementsOf(filtered);
        }
    }

    @Test
    void theAreasAskedAreWhereTheActorsAreasAndTheQueryMeetEachAskedOnce() {
        assertThat(ScopedQuery.areas(Set.of(GRID_1, GRID_2), null)).containsExactly(GRID_1, GRID_2);
        assertThat(ScopedQuery.areas(Set.of(GRID_1, GRID_2), GRID_2)).containsExactly(GRID_2);
        assertThat(ScopedQuery.areas(Set.of(GRID_1), JIUHAIJIE_COMMUNITY)).isEmpty();
        assertThat(ScopedQuery.areas(Set.of(HEJIANONG_COMMUNITY), GRID_1)).containsExactly(GRID_1);
        assertThat(ScopedQuery.areas(Set.of(ZHENGDONGLU_STREET, HEJIANONG_COMMUNITY, GRID_1), null))
                .as("an area inside another granted area is not asked again")
                .containsExactly(ZHENGDONGLU_STREET);
        assertThat(ScopedQuery.areas(Set.of(GRID_1, JIUHAIJIE_GRID_1), ZHENGDONGLU_STREET))
                .containsExactly(GRID_1, JIUHAIJIE_GRID_1);
    }

    private static void report(GridOffice office, Random random, int i) {
        AreaCode grid = GRIDS.get(random.nextInt(GRIDS.size()));
        MatterReport.Builder b = MatterReport.builder().from(District.sewage(grid));
        if (random.nextBoolean()) {
            b.reporterId("R-" + random.nextInt(4));
        }
        Matter m = office.report(b.build(), "gw-1");
        int steps = random.nextInt(4);
        if (steps >= 1) {
            m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        }
        if (steps >= 2) {
            m = office.handle(Command.on(m, Action.DISPATCH, "disp-1")
                    .assigning(Assignment.to("gw-1", DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())))));
        }
        if (steps >= 3 && random.nextBoolean()) {
            m = office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
            m = office.handle(Command.on(m, Action.START, "gw-1"));
            m = office.handle(Command.on(m, Action.RESOLVE, "gw-1"));
            m = office.handle(Command.on(m, Action.VERIFY, "head-1"));
            m = office.handle(Command.on(m, Action.CLOSE, "disp-1"));
            assertThat(m.state()).isEqualTo(State.CLOSED);
        }
    }

    private static Actor actor(Random random, int i) {
        switch (random.nextInt(5)) {
            case 0:
                return Actor.gridWorker(
                        "gw-" + i,
                        IntStream.range(0, 1 + random.nextInt(2))
                                .mapToObj(k -> GRIDS.get(random.nextInt(GRIDS.size())))
                                .toArray(AreaCode[]::new));
            case 1:
                return Actor.officer("o-" + i, AREAS.get(random.nextInt(4)));
            case 2:
                return Actor.department(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())));
            case 3:
                return Actor.resident("R-" + random.nextInt(5));
            default:
                return new Actor(
                        "mixed-" + i,
                        EnumSet.of(ActorRole.GRID_WORKER, ActorRole.DEPARTMENT),
                        Set.of(GRIDS.get(random.nextInt(GRIDS.size()))));
        }
    }

    private static MatterQuery query(Random random) {
        MatterQuery q = MatterQuery.open();
        if (random.nextBoolean()) {
            q = q.in(AREAS.get(random.nextInt(AREAS.size())));
        }
        if (random.nextInt(3) == 0) {
            q = q.inState(random.nextBoolean() ? State.REPORTED : State.DISPATCHED);
        }
        return q;
    }
}
