package org.gridgov.workflow.store.jdbc;

import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterReport;

/** The facts of a history fixed at intake, as the {@code facts} column keeps them. Immutable. */
record Facts(MatterReport report, AreaCode area, Category category) {

    static Facts of(MatterHistory h) {
        return new Facts(h.report(), h.area(), h.category());
    }
}
