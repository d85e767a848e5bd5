package org.gridgov.examples.simulate;

import java.util.HashSet;
import java.util.Set;
import org.gridgov.core.access.Action;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.office.GridOffice;

/**
 * The streets' supervisors: once a resident's matter is under supervision (a yellow or red card),
 * the supervisor of its street calls the reporter back, and reads the reporter's name and phone
 * through the office's audited reveal, as an officer of that street (in scope). The audit trail is
 * the record of the calls: a resumed run reads it to call nobody twice, and the summary counts
 * them from it ({@link #count}).
 */
final class Supervisors {
    /** Why a supervisor reveals a reporter. */
    static final Purpose CALLBACK = Purpose.of("supervision.callback");

    private final AuditTrail trail;
    private final Set<String> called = new HashSet<>();

    /** Supervisors who have called back the reporters the trail records revealed. */
    Supervisors(AuditTrail trail) {
        this.trail = trail;
        for (AuditEntry e : trail.entries()) {
            if (isCallback(e)) {
                called.add(e.event().record());
            }
        }
    }

    /** Calls the reporter of {@code m} back if it is under supervision and nobody called yet. */
    void visit(GridOffice office, Matter m) {
        if (m.supervisions().isEmpty() || m.report().reporterId().isEmpty() || called.contains(m.id().toString())) {
            return;
        }
        AreaCode street = m.area();
        while (street.level() != AreaLevel.STREET && street.level() != AreaLevel.DISTRICT) {
            street = street.parent();
        }
        office.reveal(Actor.officer("supervisor-" + street, street), m.id(), CALLBACK);
        called.add(m.id().toString());
    }

    /** The callbacks' reveals the trail holds. */
    long count() {
        return trail.entries().stream().filter(Supervisors::isCallback).count();
    }

    private static boolean isCallback(AuditEntry e) {
        return e.event().purpose().equals(CALLBACK)
                && e.event().outcome() == Outcome.ALLOWED
                && e.event().action().equals(Action.REVEAL_VALUE.name());
    }
}
