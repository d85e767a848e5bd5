package org.gridgov.core.access;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditEntry;
import org.gridgov.core.audit.AuditEvent;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Outcome;
import org.gridgov.core.audit.Purpose;

/**
 * The one check in front of every operation on personal data: is the area within the actor's
 * scope? Writes an audit entry either way, then lets the operation run or throws. Thread-safe as
 * its trail is.
 */
public final class ScopeGuard {
    private final AuditTrail trail;

    private ScopeGuard(AuditTrail trail) {
        this.trail = requireNonNull(trail, "trail");
    }

    /** A guard writing to {@code trail}. */
    public static ScopeGuard of(AuditTrail trail) {
        return new ScopeGuard(trail);
    }

    /** The trail this guard writes to. */
    public AuditTrail trail() {
        return trail;
    }

    /**
     * Lets {@code actor} do {@code action} on {@code record} in {@code area}, or refuses.
     *
     * @param record the opaque record id, or {@code -} for an operation on a whole area
     * @return the audit entry of the allowed operation
     * @throws AccessDeniedException if {@code area} is outside the actor's scope, after auditing the
     *     refusal
     */
    public AuditEntry require(Actor actor, Action action, AreaCode area, String record, Purpose purpose) {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(area, "area");
        requireNonNull(record, "record");
        requireNonNull(purpose, "purpose");
        boolean allowed = actor.covers(area);
        AuditEntry entry = trail.append(new AuditEvent(
                actor.id(),
                action.name(),
                record,
                area.toString(),
                purpose,
                allowed ? Outcome.ALLOWED : Outcome.REFUSED));
        if (!allowed) {
            throw new AccessDeniedException(actor.id(), action, area.toString());
        }
        return entry;
    }
}
