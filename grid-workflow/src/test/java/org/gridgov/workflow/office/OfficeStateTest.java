package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;

import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.engine.ModeChange;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.mode.Authority;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.mode.NotAuthorisedException;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 ("平+急"): modes and the admission list are office state with their change history,
 * kept behind the store, so a new office on the same store (a restart) has them.
 */
class OfficeStateTest {
    private final ManualClock clock = ManualClock.at("2026-07-15T09:00:00+08:00");
    private final InMemoryOfficeStore store = new InMemoryOfficeStore();
    private final Policies policies = Policies.defaults()
            .withModes(new ModePolicy(
                    List.of(new Authority(HEJIANONG_COMMUNITY.parent(), java.util.Set.of("street-1"))), true));

    private GridOffice office() {
        return District.office(clock).policies(policies).store(store).build();
    }

    @Test
    void aModeSwitchIsRecordedReRoutesOpenMattersAndSurvivesARestart() {
        GridOffice office = office();
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        assertThat(m.routing().orElseThrow().level()).isEqualTo(HandlingLevel.GRID);

        ModeChange change = office.switchMode(HEJIANONG_COMMUNITY, Mode.EMERGENCY, "street-1", "台风红色预警");

        assertThat(change.rerouted()).containsExactly(m.id());
        assertThat(office.matter(m.id()).routing().orElseThrow().mode()).isEqualTo(Mode.EMERGENCY);
        GridOffice restarted = office();
        assertThat(restarted.modeOf(GRID_1)).isEqualTo(Mode.EMERGENCY);
        assertThat(restarted.modes().switches())
                .singleElement()
                .satisfies(s -> assertThat(s.actor()).isEqualTo("street-1"));
    }

    @Test
    void aSwitchBySomeoneWithoutAuthorityChangesNothing() {
        GridOffice office = office();
        assertThatThrownBy(() -> office.switchMode(HEJIANONG_COMMUNITY, Mode.EMERGENCY, "gw-1", "rain"))
                .isInstanceOf(NotAuthorisedException.class);
        assertThat(store.settings().modes().switches()).isEmpty();
    }

    @Test
    void policyChangesAreRecordedAndSurviveARestart() {
        GridOffice office = office();
        SlaPolicy v2 = SlaPolicy.the357();
        office.changePolicy(v2, "admin-1", "re-read");
        assertThat(office().settings().policyChanges()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("sla");
            assertThat(c.id()).isEqualTo("357");
            assertThat(c.actor()).isEqualTo("admin-1");
        });
    }
}
