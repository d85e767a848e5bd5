package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.routing.Routing;

/**
 * One step in a matter's history: who did what, when, from which state to which, and why.
 *
 * <p>{@code version} is the matter's version after the step (the first transition, a
 * {@link Action#REPORT}, has version 1 and {@code from == null}). {@code at} comes from the
 * engine's injected clock. {@code assignment} is set for dispatch, designation and hand-over;
 * {@code routing} for registration, escalation, de-escalation and re-routing; {@code step} for a
 * system entry recording an SLA step that fired (actor {@code system:sla}); {@code area} for a
 * re-homing after a plan revision. Absent parts are {@code null}; read them with the typed
 * accessors ({@link #assignmentIfAny()}, {@link #stepIfAny()}, ...). This is the event
 * SLA clocks consume: a clock starts, pauses, resumes or stops on {@code from}/{@code to}.
 * Immutable.
 *
 * @param matter the matter
 * @param version the matter's version after this step
 * @param action what was done
 * @param from the state before, {@code null} for the report
 * @param to the state after
 * @param actor who did it (a person or unit id)
 * @param at when, from the engine's clock
 * @param reason why, empty when none was given
 * @param assignment the new lead and co-handlers, or {@code null}
 * @param routing the new routing, or {@code null}
 * @param step the SLA step a system entry records, or {@code null}
 * @param area the matter's new area after a re-homing, or {@code null}
 */
public record Transition(
        MatterId matter,
        long version,
        Action action,
        State from,
        State to,
        String actor,
        Instant at,
        String reason,
        Assignment assignment,
        Routing routing,
        SystemStep step,
        AreaCode area) {

    /** Checks required parts; a {@code null} reason becomes empty. */
    public Transition {
        requireNonNull(matter, "matter");
        requireNonNull(action, "action");
        requireNonNull(to, "to");
        requireNonNull(actor, "actor");
        requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    /** A step by a person or the engine: no SLA step, no re-homing. */
    public Transition(
            MatterId matter,
            long version,
            Action action,
            State from,
            State to,
            String actor,
            Instant at,
            String reason,
            Assignment assignment,
            Routing routing) {
        this(matter, version, action, from, to, actor, at, reason, assignment, routing, null, null);
    }

    /**
     * A matter's first step: reported, received by {@code receiver} (first-asked responsible).
     *
     * @throws org.gridgov.core.InvalidInputException if the receiver is blank
     */
    public static Transition reported(MatterId matter, String receiver, Instant at) {
        return reported(matter, receiver, at, "");
    }

    /**
     * A matter's first step with a reason, such as the admission gate's record of a pushed task.
     *
     * @throws org.gridgov.core.InvalidInputException if the receiver is blank
     */
    public static Transition reported(MatterId matter, String receiver, Instant at, String reason) {
        return new Transition(
                matter, 1, Action.REPORT, null, State.REPORTED, requireReceiver(receiver), at, reason, null, null);
    }

    /**
     * The receiver of a report, checked: somebody receives every matter (首问负责).
     *
     * @throws org.gridgov.core.InvalidInputException if the receiver is blank
     */
    public static String requireReceiver(String receiver) {
        if (receiver == null || receiver.isBlank()) {
            throw new org.gridgov.core.InvalidInputException(
                    "receiver", "a matter is received by someone (首问负责)", receiver);
        }
        return receiver;
    }

    /** The state before, empty for the report. */
    public Optional<State> fromIfAny() {
        return Optional.ofNullable(from);
    }

    /** The SLA step, if this is a system entry recording one. */
    public Optional<SystemStep> stepIfAny() {
        return Optional.ofNullable(step);
    }

    /** The new area, if this step re-homed the matter. */
    public Optional<AreaCode> areaIfAny() {
        return Optional.ofNullable(area);
    }

    /** Whether the step changed the matter's state. */
    public boolean changesState() {
        return from != to;
    }

    /** The assignment, if the step carries one. */
    public Optional<Assignment> assignmentIfAny() {
        return Optional.ofNullable(assignment);
    }

    /** The routing, if the step carries one. */
    public Optional<Routing> routingIfAny() {
        return Optional.ofNullable(routing);
    }

    /**
     * One line for a log or a printed history: version, time, action, states, actor, and the length
     * of the reason (free text is personal data by default: read {@link #reason()} to show it).
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append('#')
                .append(version)
                .append(' ')
                .append(at)
                .append(' ')
                .append(action)
                .append(' ')
                .append(from == null ? "-" : from)
                .append(" -> ")
                .append(to)
                .append(" by ")
                .append(actor);
        if (assignment != null) {
            s.append(" lead=").append(assignment.lead());
            if (!assignment.coHandlers().isEmpty()) {
                s.append(" co=")
                        .append(assignment.coHandlers().stream().sorted().toList());
            }
        }
        if (routing != null) {
            s.append(" level=")
                    .append(routing.level())
                    .append(' ')
                    .append(routing.whistle())
                    .append(" (")
                    .append(routing.rule())
                    .append(')');
        }
        if (step != null) {
            s.append(" step=").append(step.key());
        }
        if (area != null) {
            s.append(" area=").append(area);
        }
        if (!reason.isEmpty()) {
            // Free text may name people or hold a phone number: its length, never its words.
            s.append(" reason: ").append(reason.length()).append(" characters");
        }
        return s.toString();
    }
}
