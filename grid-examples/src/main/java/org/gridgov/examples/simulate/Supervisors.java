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
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.office.GridOffice;
import org.gridgov.workflow.routing.Routing;
import org.gridgov.workflow.whistle.Summons;

/**
 * The streets' supervisors: once a resident's matter is escalated (by the SLA ladder or a
 * department's no-show), under supervision (a yellow or red card), or a department it summoned
 * refused or did not show, the supervisor of its street calls the reporter back, and reads the
 * reporter's name and phone through the office's audited reveal, as an officer of that street (in
 * scope). The audit trail is the record of the calls: a resumed run reads it to call nobody
 * twice, and the summary counts them from it ({@link #count}).
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

    /**
     * Whether the reporter of {@code m} is to be called back: a resident's matter escalated (by the
     * SLA ladder or a department's no-show), under supervision, or whose summoned department
     * refused or did not show.
     */
    static boolean due(Matter m, MatterHistory history) {
        if (m.report().reporterId().isEmpty()) {
            return false;
        }
        String rule = m.routing().map(Routing::rule).orElse("");
        return !m.supervisions().isEmpty()
                || rule.startsWith("escalated")
                || rule.startsWith("no-show:")
                || Summons.of(history).stream()
                        .anyMatch(s -> s.status() == Summons.Status.DECLINED || s.status() == Summons.Status.NO_SHOW);
    }

    /** Calls the reporter of {@code m} back, unless somebody did already. */
    void call(GridOffice office, Matter m) {
        if (called.contains(m.id().toString())) {
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
