package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;

/**
 * What the office tells the host's listeners through its outbox: a committed transition (a person's
 * command, an engine step or a system entry of an SLA step), or a notification to the people a
 * ladder step's role resolved to. Recipients are person or unit ids, never names or phone numbers.
 * Immutable.
 *
 * @param kind a transition or a notification
 * @param matter the matter
 * @param version the matter's version the event belongs to
 * @param transition the transition (for a notification: the system entry that caused it)
 * @param role for a notification, the role of the ladder step ({@code community-head}); else empty
 * @param recipients for a notification, the parties the role resolved to; else empty
 */
public record OfficeEvent(
        Kind kind, MatterId matter, long version, Transition transition, String role, List<String> recipients) {

    /** Checks the parts and copies the list. */
    public OfficeEvent {
        requireNonNull(kind, "kind");
        requireNonNull(matter, "matter");
        requireNonNull(transition, "transition");
        role = role == null ? "" : role;
        recipients = List.copyOf(recipients);
    }

    /** The event of a committed transition. */
    public static OfficeEvent of(Transition t) {
        return new OfficeEvent(Kind.TRANSITION, t.matter(), t.version(), t, "", List.of());
    }

    /** A notification of {@code recipients} for the system entry {@code t}. */
    public static OfficeEvent notification(Transition t, String role, List<String> recipients) {
        return new OfficeEvent(Kind.NOTIFICATION, t.matter(), t.version(), t, role, recipients);
    }

    /** What an event is. */
    public enum Kind {
        /** A transition was committed. */
        TRANSITION,
        /** A ladder step notifies people (WeChat, SMS: the host delivers). */
        NOTIFICATION
    }
}
