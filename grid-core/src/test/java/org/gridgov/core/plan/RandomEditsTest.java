package org.gridgov.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Thousands of random edits, valid and invalid; the plan invariants hold after every step. */
class RandomEditsTest {
    private static final AreaCode DISTRICT = AreaCode.parse("321102");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20260302})
    void invariantsHoldAfterEveryEdit(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PlanHistory history = PlanHistory.start(randomPlan(random), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        int accepted = 0;
        int rejected = 0;
        for (int step = 0; step < 1500; step++) {
            PlanEdit edit = randomEdit(history.current(), random);
            GridPlan before = history.current();
            try {
                history = history.apply(edit, "tester", "step " + step);
                accepted++;
                assertThat(history.current().revision()).isEqualTo(before.revision() + 1);
            } catch (InvalidInputException e) {
                rejected++;
                assertThat(e.path()).startsWith("edit");
                assertThat(history.current()).isSameAs(before);
            }
            assertInvariants(history.current());
        }
        assertThat(accepted).as("accepted edits").isGreaterThan(300);
        assertThat(rejected).as("rejected edits").isGreaterThan(300);
        assertThat(history.changes()).hasSize(accepted);
        for (PlanChange change : history.changes()) {
            assertInvariants(history.revision(change.revision()));
        }
    }

    private static void assertInvariants(GridPlan plan) {
        int placesInGrids = 0;
        long households = 0;
        for (Area grid : plan.grids()) {
            Area community = plan.parent(grid.code()).orElseThrow();
            assertThat(community.level()).isEqualTo(AreaLevel.COMMUNITY);
            assertThat(community.isActive()).isTrue();
            placesInGrids += plan.placesIn(grid.code()).size();
            households += grid.households();
        }
        assertThat(placesInGrids)
                .as("every place in exactly one active grid")
                .isEqualTo(plan.places().size());
        for (Place place : plan.places()) {
            assertThat(plan.gridOf(place.id()).isActive()).isTrue();
        }
        Totals total = plan.totals(DISTRICT);
        assertThat(total.grids()).isEqualTo(plan.grids().size());
        assertThat(total.households()).isEqualTo(households);
        assertThat(total.places()).isEqualTo(plan.places().size());
        long byCommunity = plan.areas(AreaLevel.COMMUNITY).stream()
                .mapToLong(c -> plan.totals(c.code()).households())
                .sum();
        assertThat(byCommunity).isEqualTo(households);
    }

    private static GridPlan randomPlan(SplittableRandom random) {
        List<Area> areas = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        areas.add(Area.of(DISTRICT, "京口区"));
        for (int s = 1; s <= 2; s++) {
            AreaCode street = DISTRICT.child(s);
            areas.add(Area.of(street, "街道" + s));
            for (int c = 1; c <= 3; c++) {
                AreaCode community = street.child(c);
                areas.add(Area.of(community, "社区" + c));
                for (int g = 1; g <= 4; g++) {
                    AreaCode grid = community.child(g);
                    areas.add(randomGrid(grid, random));
                    for (int p = 0; p < 5; p++) {
                        places.add(Place.builder()
                                .id("P-" + places.size())
                                .kind(PlaceKind.BUILDING)
                                .name("楼")
                                .grid(grid)
                                .households(random.nextInt(60))
                                .build());
                    }
                }
            }
        }
        return GridPlan.of(1, areas, places);
    }

    private static Area randomGrid(AreaCode code, SplittableRandom random) {
        return Area.builder()
                .code(code)
                .name("网格")
                .households(150 + random.nextInt(200))
                .population(600 + random.nextInt(600))
                .build();
    }

    /** A random edit: mostly well-aimed, sometimes aimed at the wrong thing on purpose. */
    private static PlanEdit randomEdit(GridPlan plan, SplittableRandom random) {
        List<Area> grids = plan.grids();
        List<Area> communities = plan.areas(AreaLevel.COMMUNITY);
        Area grid = grids.isEmpty() ? null : grids.get(random.nextInt(grids.size()));
        AreaCode anyCode = random.nextInt(4) == 0
                ? plan.areas().get(random.nextInt(plan.areas().size())).code()
                : grid == null ? communities.get(0).code().child(1) : grid.code();
        AreaCode fresh =
                communities.get(random.nextInt(communities.size())).code().child(1 + random.nextInt(999));
        switch (random.nextInt(7)) {
            case 0:
                return new AddGrid(randomGrid(fresh, random));
            case 1: {
                AreaCode target = grid == null ? fresh : grid.code();
                AreaCode a = target.parent().child(1 + random.nextInt(999));
                AreaCode b = target.parent().child(1 + random.nextInt(999));
                Map<String, AreaCode> moves = new HashMap<>();
                for (Place p : plan.places()) {
                    if (p.grid().equals(target) && random.nextInt(20) != 0) {
                        moves.put(p.id(), random.nextBoolean() ? a : b);
                    }
                }
                return new SplitGrid(anyCode, List.of(randomGrid(a, random), randomGrid(b, random)), moves);
            }
            case 2: {
                List<AreaCode> sameCommunity = new ArrayList<>();
                for (Area g : grids) {
                    if (grid != null && g.code().parent().equals(grid.code().parent())) {
                        sameCommunity.add(g.code());
                    }
                }
                if (random.nextInt(5) == 0 && grids.size() > 1) {
                    sameCommunity.add(grids.get(random.nextInt(grids.size())).code());
                }
                AreaCode into = sameCommunity.isEmpty() || random.nextBoolean() ? fresh : sameCommunity.get(0);
                return new MergeGrids(sameCommunity, randomGrid(into, random));
            }
            case 3: {
                List<String> ids = new ArrayList<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n && !plan.places().isEmpty(); i++) {
                    ids.add(
                            random.nextInt(30) == 0
                                    ? "P-missing"
                                    : plan.places()
                                            .get(random.nextInt(plan.places().size()))
                                            .id());
                }
                return new MovePlaces(ids, anyCode);
            }
            case 4:
                return new RecodeGrid(anyCode, random.nextInt(10) == 0 ? fresh.parent() : fresh);
            case 5: {
                Optional<AreaCode> to = random.nextInt(6) == 0 || grid == null
                        ? Optional.empty()
                        : Optional.of(grids.get(random.nextInt(grids.size())).code());
                return new RetireGrid(anyCode, to);
            }
            default:
                return new ReviseArea(randomGrid(anyCode.level().isGrid() ? anyCode : fresh, random));
        }
    }
}
