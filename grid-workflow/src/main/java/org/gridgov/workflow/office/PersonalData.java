package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Action;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditEvent;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.ReturnVisitPolicy;

/**
 * The office's personal data behind an actor's scope: a matter's reporter (name, phone, register
 * id), description, attachments and the coordinate where a person stood. Every call takes the
 * {@link Actor} and a {@link Purpose}, checks the scope ({@link GridOffice#reveal}) and writes one
 * audit entry, allowed or refused, before it answers or throws.
 *
 * <p>Scope: a grid worker acts on matters in their grids; a community, street or district officer
 * in their subtree; a department on matters assigned to it (its id is the owner, the lead or a
 * co-handler); a resident on their own reports ({@link MatterReport#reporterId()} is the actor's
 * id). Queries hand out {@link Matter#masked() masked} matters; only {@link #reveal} gives the
 * report in clear.
 *
 * <p>Audit entries name the actor's id, the action, the matter id, the matter's area code and the
 * purpose code, never a personal value. Thread-safe as the office and the trail are.
 */
public final class PersonalData {
    private final GridOffice office;
    private final OfficeStore store;
    private final AuditTrail trail;

    PersonalData(GridOffice office, OfficeStore store, AuditTrail trail) {
        this.office = office;
        this.store = store;
        this.trail = requireNonNull(trail, "trail");
    }

    /** The audit trail every check writes to. */
    public AuditTrail trail() {
        return trail;
    }

    /**
     * The matter's report in clear text, for {@code purpose}.
     *
     * @throws UnknownIdException if there is no such matter
     * @throws AccessDeniedException if the matter is outside the actor's scope (the refusal is
     *     audited)
     */
    public MatterReport reveal(Actor actor, MatterId id, Purpose purpose) {
        return require(actor, Action.REVEAL_VALUE, id, purpose).matter().report();
    }

    /**
     * The matter with its personal parts masked.
     *
     * @throws UnknownIdException if there is no such matter
     * @throws AccessDeniedException if the matter is outside the actor's scope (audited)
     */
    public Matter matter(Actor actor, MatterId id, Purpose purpose) {
        return require(actor, Action.READ_RECORD, id, purpose).matter().masked();
    }

    /**
     * The matter's history with its personal parts masked ({@link MatterHistory#masked()}: the
     * report as {@link Matter#masked()}, every reason's free text replaced), for an actor with the
     * matter in scope. Audited as a {@link Action#READ_RECORD} of the matter.
     *
     * @throws UnknownIdException if there is no such matter
     * @throws AccessDeniedException if the matter is outside the actor's scope (audited)
     */
    public MatterHistory history(Actor actor, MatterId id, Purpose purpose) {
        return require(actor, Action.READ_RECORD, id, purpose).history().masked();
    }

    /**
     * The open matters the query selects that lie within the actor's scope, masked, in id order.
     * One audit entry records the listing (record {@code -}, the query's area or {@code *}). An
     * area-scoped actor's listing asks the store once per area of the actor's (its area index),
     * not for every open matter; a department's or a resident's runs the query and keeps the
     * matters in scope (the store has no index by assignment or reporter).
     *
     * @throws AccessDeniedException if the query names an area an officer or grid worker has no
     *     part of (audited)
     */
    public List<Matter> openMatters(Actor actor, MatterQuery query, Purpose purpose) {
        requireNonNull(actor, "actor");
        requireNonNull(query, "query");
        requireNonNull(purpose, "purpose");
        AreaCode area = query.area();
        String areaText = area == null ? "*" : area.toString();
        boolean areaRoleOnly = actor.roles().stream().allMatch(r -> r.level().isPresent());
        if (area != null && areaRoleOnly && !overlaps(actor, area)) {
            audit(actor, Action.LIST_RECORDS, "-", areaText, purpose, Outcome.REFUSED);
            throw new AccessDeniedException(actor.id(), Action.LIST_RECORDS, areaText);
        }
        List<Matter> found = ScopedQuery.openMatters(store, actor, query).stream()
                .map(Matter::masked)
                .toList();
        audit(actor, Action.LIST_RECORDS, "-", areaText, purpose, Outcome.ALLOWED);
        return found;
    }

    /**
     * The visit warnings ({@link GridOffice#visitWarnings()}) in the actor's areas: those whose grid
     * the actor {@link Actor#covers covers}, in the order acted on. A warning names a subject and the
     * rule that names its category, so a department or a resident, who have no area, sees none. One
     * audit entry records the listing (record {@code -}, area {@code *}).
     */
    public List<VisitWarning> visitWarnings(Actor actor, Purpose purpose) {
        requireNonNull(actor, "actor");
        requireNonNull(purpose, "purpose");
        List<VisitWarning> found = store.visitWarnings().stream()
                .filter(w -> actor.covers(w.grid()))
                .toList();
        audit(actor, Action.LIST_RECORDS, "-", "*", purpose, Outcome.ALLOWED);
        return found;
    }

    /**
     * Records a return visit (回访) by {@code actor}, who must have the matter in scope; otherwise
     * as {@link GridOffice#returnVisit}. Returns the matter masked.
     *
     * @throws AccessDeniedException if the matter is outside the actor's scope (audited; nothing
     *     recorded)
     */
    public Matter returnVisit(Actor actor, MatterId id, Rating rating, ReturnVisitPolicy policy, Purpose purpose) {
        require(actor, Action.CHANGE_RECORD, id, purpose);
        return ReturnVisitEntry.record(office, id, rating, actor.id(), policy).masked();
    }

    private MatterRecord require(Actor actor, Action action, MatterId id, Purpose purpose) {
        requireNonNull(actor, "actor");
        requireNonNull(id, "id");
        requireNonNull(purpose, "purpose");
        MatterRecord r = store.find(id).orElseThrow(() -> new UnknownIdException("matter", id.toString()));
        Matter m = r.matter();
        boolean allowed = MatterScope.allows(actor, m);
        String area = m.area().toString();
        audit(actor, action, id.toString(), area, purpose, allowed ? Outcome.ALLOWED : Outcome.REFUSED);
        if (!allowed) {
            throw new AccessDeniedException(actor.id(), action, area);
        }
        return r;
    }

    private static boolean overlaps(Actor actor, AreaCode area) {
        return actor.covers(area) || actor.areas().stream().anyMatch(area::contains);
    }

    private void audit(Actor actor, Action action, String record, String area, Purpose purpose, Outcome outcome) {
        trail.append(new AuditEvent(actor.id(), action.name(), record, area, purpose, outcome));
    }
}
