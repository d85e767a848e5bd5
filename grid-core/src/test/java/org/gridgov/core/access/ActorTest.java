package org.gridgov.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.junit.jupiter.api.Test;

class ActorTest {
    private static final AreaCode GRID = AreaCode.parse("321102001001001");
    private static final AreaCode MICRO = AreaCode.parse("321102001001001002");
    private static final AreaCode COMMUNITY = AreaCode.parse("321102001001");
    private static final AreaCode NEXT_GRID = AreaCode.parse("321102001001002");

    @Test
    void a_grid_worker_covers_their_grid_and_its_micro_grids_only() {
        Actor worker = Actor.gridWorker("W-1", GRID);
        assertThat(worker.covers(GRID)).isTrue();
        assertThat(worker.covers(MICRO)).isTrue();
        assertThat(worker.covers(NEXT_GRID)).isFalse();
        assertThat(worker.covers(COMMUNITY)).isFalse();
    }

    @Test
    void an_officer_covers_the_subtree_of_their_area() {
        Actor community = Actor.officer("C-1", COMMUNITY);
        assertThat(community.roles()).containsExactly(ActorRole.COMMUNITY);
        assertThat(community.covers(NEXT_GRID)).isTrue();
        assertThat(community.covers(AreaCode.parse("321102001003001"))).isFalse();
        assertThat(Actor.officer("D-1", AreaCode.parse("321102")).covers(MICRO)).isTrue();
    }

    @Test
    void an_area_must_fit_a_role() {
        assertThatThrownBy(() -> new Actor("W-2", EnumSet.of(ActorRole.GRID_WORKER), Set.of(COMMUNITY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("actor.areas: each area is at the level of one of the actor's roles");
        assertThatThrownBy(() -> Actor.officer("X", GRID)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Actor("W 3", EnumSet.of(ActorRole.RESIDENT), Set.of()))
                .hasMessage("actor.id: an actor id is 1-64 of letters, digits and . _ : -, starting with a letter or"
                        + " digit, but was 3 characters");
    }

    @Test
    void departments_and_residents_cover_no_area() {
        assertThat(Actor.department("D-ENV").covers(GRID)).isFalse();
        assertThat(Actor.resident("U-1").covers(GRID)).isFalse();
        assertThat(Actor.resident("U-1")).hasToString("Actor[U-1, [RESIDENT], 0 areas]");
    }
}
