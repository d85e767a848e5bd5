package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.visit.VisitRule;

/**
 * What the office did, once, about a visit not done by its due time: a mandatory visit of a
 * {@link org.gridgov.workflow.visit.VisitPolicy} rule not done by its period's end, or a
 * satisfaction return visit (回访) not done when the {@link org.gridgov.workflow.visit.ReturnVisitPolicy}
 * said. Recorded in the {@link OfficeStore} under its {@link #key()} (one per rule, subject and
 * period, or per matter and closure), delivered to listeners as an {@link OfficeEvent} of kind
 * {@link OfficeEvent.Kind#VISIT_WARNING}, listed by {@link GridOffice#visitWarnings()}.
 *
 * <p>Names the rule, the grid, the visitor and the subject's opaque reference; never the subject's
 * category beyond the rule's id, nor a location. Immutable.
 *
 * @param key {@code visit/RULE/SUBJECT/PERIOD_END} or {@code return-visit/MATTER/CLOSURE}
 * @param kind a mandatory visit or a return visit
 * @param rule the visit rule's id, or the return-visit policy's id
 * @param grid the subject's grid (for a return visit, the matter's area)
 * @param visitor who was to visit (for a return visit: the matter's lead at closure, if any, else empty)
 * @param subject the subject's reference (for a return visit: the matter id)
 * @param due when the visit was due: the end of the period's last day, or the return visit's due instant
 * @param firedAt when the office acted, from its clock
 * @param action what the rule asked for ({@link VisitRule.MissAction#WARN} for a return visit)
 * @param matter the matter opened for the miss ({@code OPEN_MATTER}), or the return visit's matter;
 *     else {@code null}
 * @param escalatedTo the area the miss was reported to ({@code ESCALATE}: the grid's community); else
 *     {@code null}
 */
public record VisitWarning(
        String key,
        Kind kind,
        String rule,
        AreaCode grid,
        String visitor,
        String subject,
        Instant due,
        Instant firedAt,
        VisitRule.MissAction action,
        MatterId matter,
        AreaCode escalatedTo) {

    /** What was missed. */
    public enum Kind {
        /** A mandatory visit of a visit rule (走访). */
        VISIT,
        /** A satisfaction return visit after a closure (回访). */
        RETURN_VISIT
    }

    /** Checks the parts. */
    public VisitWarning {
        requireNonNull(key, "key");
        requireNonNull(kind, "kind");
        requireNonNull(rule, "rule");
        requireNonNull(grid, "grid");
        visitor = visitor == null ? "" : visitor;
        requireNonNull(subject, "subject");
        requireNonNull(due, "due");
        requireNonNull(firedAt, "firedAt");
        requireNonNull(action, "action");
    }

    /** The matter opened for the miss, or the return visit's matter. */
    public Optional<MatterId> matterIfAny() {
        return Optional.ofNullable(matter);
    }

    /** The area the miss was escalated to, if the rule escalates. */
    public Optional<AreaCode> escalatedToIfAny() {
        return Optional.ofNullable(escalatedTo);
    }
}
