package org.gridgov.workflow.office;

import org.gridgov.core.access.Actor;
import org.gridgov.core.access.ActorRole;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.responsibility.Responsibility;

/**
 * Whether a matter lies within an actor's scope: a grid worker's grids, an officer's community,
 * street or district subtree (the matter's area), a department's assigned matters (its id is the
 * owner, the lead or a co-handler) and a resident's own reports (the report's register id is the
 * actor's id). Stateless.
 */
final class MatterScope {
    private MatterScope() {}

    static boolean allows(Actor actor, Matter matter) {
        for (ActorRole role : actor.roles()) {
            boolean allowed = switch (role) {
                case GRID_WORKER, COMMUNITY, STREET, DISTRICT -> actor.covers(matter.area());
                case DEPARTMENT -> assignedTo(matter.responsibility(), actor.id());
                case RESIDENT ->
                    matter.report().reporterId().filter(actor.id()::equals).isPresent();
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    private static boolean assignedTo(Responsibility r, String department) {
        return department.equals(r.owner())
                || department.equals(r.lead())
                || r.coHandlers().contains(department);
    }
}
