package org.gridgov.workflow.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Routing;

/** Transitions written by hand or by seeded generators, without an engine, and a clock tests set. */
final class Scripts {
    private Scripts() {}

    static Transition step(MatterId id, long version, Action action, State to, Instant at) {
        return new Transition(
                id, version, action, null, to, "gw-1", at, action.needsReason() ? "test" : "", null, null);
    }

    static Transition register(MatterId id, long version, HandlingLevel level, Instant at) {
        return new Transition(
                id,
                version,
                Action.REGISTER,
                State.REPORTED,
                State.REGISTERED,
                "gw-1",
                at,
                "",
                null,
                new Routing(level, "test", Mode.NORMAL));
    }

    /** A clock tests set by hand. */
    static final class Manual extends Clock {
        Instant now;

        Manual(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
