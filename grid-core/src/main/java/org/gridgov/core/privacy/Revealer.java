package org.gridgov.core.privacy;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Action;
import org.gridgov.core.access.Actor;
import org.gridgov.core.access.ScopeGuard;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.Purpose;

/**
 * The only way to the clear text of a {@link Sensitive} value: checks that the record's area is
 * within the actor's scope and writes a {@code REVEAL_VALUE} audit entry naming the actor, the
 * record and the purpose, allowed or refused. The register's front door calls it with the
 * record's own area; a host calling it directly is trusted to pass the area the record is in.
 * Thread-safe.
 */
public final class Revealer {
    private final ScopeGuard guard;

    private Revealer(ScopeGuard guard) {
        this.guard = requireNonNull(guard, "guard");
    }

    /** A revealer auditing through {@code guard}. */
    public static Revealer of(ScopeGuard guard) {
        return new Revealer(guard);
    }

    /**
     * The clear text of {@code value}, held by {@code record} in {@code area}.
     *
     * @throws AccessDeniedException if {@code area} is outside the actor's scope (audited)
     */
    public String reveal(Actor actor, Sensitive value, AreaCode area, String record, Purpose purpose) {
        requireNonNull(value, "value");
        guard.require(actor, Action.REVEAL_VALUE, area, record, purpose);
        return value.clear();
    }
}
