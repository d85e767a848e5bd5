package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;

/**
 * A stored matter: its current snapshot and its append-only history, at the same version.
 * Immutable.
 *
 * @param matter the matter now
 * @param history every transition so far, system entries included
 */
public record MatterRecord(Matter matter, MatterHistory history) {

    /** Checks that the parts agree on the matter and the version. */
    public MatterRecord {
        requireNonNull(matter, "matter");
        requireNonNull(history, "history");
        if (!matter.id().equals(history.matterId()) || matter.version() != history.version()) {
            throw new IllegalArgumentException("matter " + matter.id() + " v" + matter.version()
                    + " does not match its history v" + history.version());
        }
    }
}
