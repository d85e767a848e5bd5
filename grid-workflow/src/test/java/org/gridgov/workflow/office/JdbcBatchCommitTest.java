package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.util.List;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Lifecycle;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.store.jdbc.StoreFailureException;
import org.gridgov.workflow.testing.Databases;
import org.junit.jupiter.api.Test;

/** The batch contract on PostgreSQL: one transaction of a few statements per batch. */
class JdbcBatchCommitTest extends BatchCommitContract {
    @Override
    protected OfficeStore newStore() {
        return new JdbcOfficeStore(Databases.fresh());
    }

    @Test
    void aChangeTheDatabaseRefusesDoesNotTakeTheOthersWithIt() {
        OfficeStore store = newStore();
        // fires the same step twice: the unique step key refuses it, failing the batch's transaction
        MatterId badId = store.nextId();
        SystemStep breach = new SystemStep("RESPONSE/1/BREACH", "357", 1, "lead", T0);
        Transition report = new Transition(badId, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        Transition warned = warn(badId, 2, breach);
        Transition again = warn(badId, 3, breach);
        Matter bad = Lifecycle.apply(
                Lifecycle.apply(Lifecycle.start(sewage(), GRID_1, Taxonomy.SANITATION, report), warned), again);
        MatterChange refused =
                new MatterChange(bad, 0, List.of(report, warned, again), List.of(), null, null, List.of());
        MatterId goodId = store.nextId();
        Transition reported =
                new Transition(goodId, 1, Action.REPORT, null, State.REPORTED, "gw-1", T0, "", null, null);
        Matter good = Lifecycle.start(sewage(), GRID_1, Taxonomy.SANITATION, reported);
        MatterChange fine = new MatterChange(good, 0, List.of(reported), List.of(), null, null, List.of());

        assertThatThrownBy(() -> store.commitAll(List.of(refused, fine))).isInstanceOf(StoreFailureException.class);

        assertThat(store.find(goodId)).map(MatterRecord::matter).contains(good);
        assertThat(store.find(badId)).isEmpty();
    }

    private static Transition warn(MatterId id, long version, SystemStep step) {
        return new Transition(
                id, version, Action.WARN, State.REPORTED, State.REPORTED, "system", T0, "", null, null, step, null);
    }

    private static MatterReport sewage() {
        return MatterReport.builder().from(District.sewage(GRID_1)).build();
    }
}
