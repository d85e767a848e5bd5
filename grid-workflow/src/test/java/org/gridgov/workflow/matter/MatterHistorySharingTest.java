package org.gridgov.workflow.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.workflow.testing.Jingkou;
import org.gridgov.workflow.testing.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MatterHistory#append} shares the transitions so far instead of copying them: these tests
 * pin that sharing never shows. Every history keeps exactly the transitions it was made with, two
 * appends to the same history (a change that lost, then the one that won) do not see each other,
 * and the list a history hands out cannot be changed.
 */
class MatterHistorySharingTest {
    private static final MatterId ID = MatterId.of("M000001");
    private static final Instant T0 = Instant.parse("2026-02-10T01:00:00Z");

    private static MatterHistory reported() {
        return MatterHistory.of(
                Reports.sewageOverflowInWeChatGroup(Jingkou.GRID_1),
                Jingkou.GRID_1,
                Taxonomy.SANITATION,
                List.of(new Transition(ID, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null)));
    }

    /** A system-like entry that keeps the state (any version, any actor): enough to grow a history. */
    private static Transition note(long version, String actor) {
        return new Transition(
                ID,
                version,
                Action.REJECT,
                State.REPORTED,
                State.REJECTED,
                actor,
                T0.plusSeconds(version),
                "重复上报",
                null,
                null);
    }

    @Test
    void twoAppendsToOneHistoryAreTwoBranchesThatDoNotSeeEachOther() {
        MatterHistory base = reported();
        MatterHistory won = base.append(note(2, "gw-1"));
        MatterHistory lost = base.append(note(2, "gw-2"));

        assertThat(base.transitions()).hasSize(1);
        assertThat(won.transitions().get(1).actor()).isEqualTo("gw-1");
        assertThat(lost.transitions().get(1).actor()).isEqualTo("gw-2");
        assertThat(won).isNotEqualTo(lost);
        // growing the first branch further leaves the second as it was, and the other way round
        MatterHistory wonLonger = won.append(note(3, "gw-3"));
        MatterHistory lostLonger = lost.append(note(3, "gw-4"));
        assertThat(wonLonger.transitions()).extracting(Transition::actor).containsExactly("gw-1", "gw-1", "gw-3");
        assertThat(lostLonger.transitions()).extracting(Transition::actor).containsExactly("gw-1", "gw-2", "gw-4");
        assertThat(won.version()).isEqualTo(2);
        assertThat(lost.version()).isEqualTo(2);
    }

    @Test
    void theTransitionsCannotBeChangedThroughTheList() {
        MatterHistory h = reported().append(note(2, "gw-1"));
        List<Transition> list = h.transitions();

        assertThatThrownBy(() -> list.set(0, note(2, "gw-9"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.add(note(3, "gw-9"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> h.since(0).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(h.transitions()).hasSize(2);
    }

    /**
     * Seeded random trees of appends: from any history made so far, append the next version; each
     * history must equal one built in one go from its own list, hash alike, and replay alike.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 99})
    void everyBranchEqualsTheHistoryBuiltFromItsOwnList(long seed) {
        Random random = new Random(seed);
        List<MatterHistory> made = new ArrayList<>(List.of(reported()));
        List<List<Transition>> expected = new ArrayList<>(List.of(made.get(0).transitions()));
        for (int i = 0; i < 300; i++) {
            int from = random.nextInt(made.size());
            MatterHistory h = made.get(from);
            Transition t = note(h.version() + 1, "gw-" + i);
            List<Transition> list = new ArrayList<>(expected.get(from));
            list.add(t);
            made.add(h.append(t));
            expected.add(list);
        }
        for (int i = 0; i < made.size(); i++) {
            MatterHistory h = made.get(i);
            MatterHistory fresh = MatterHistory.of(h.report(), h.area(), h.category(), expected.get(i));
            assertThat(h.transitions()).containsExactlyElementsOf(expected.get(i));
            assertThat(h).isEqualTo(fresh).hasSameHashCodeAs(fresh);
            assertThat(h.transitions()).isEqualTo(List.copyOf(expected.get(i)));
            assertThat(h.since(1))
                    .containsExactlyElementsOf(
                            expected.get(i).subList(1, expected.get(i).size()));
        }
    }
}
