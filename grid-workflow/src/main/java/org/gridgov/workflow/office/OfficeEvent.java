package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.Transition;

/**
 * What the office tells the host's listeners through its outbox: a committed transition (a person's
 * command, an engine step or a system entry of an SLA step), or a notification to the people a
 * ladder step's role resolved to, or a {@link VisitWarning} (a visit or return visit not done in
 * time). Recipients are person or unit ids, never names or phone numbers. Immutable.
 *
 * @param kind a transition or a notification
 * @param matter the matter (for a visit warning: the matter it opened or concerns, else {@code null})
 * @param version the matter's version the event belongs to (0 for a visit warning)
 * @param transition the transition (for a notification: the system entry that caused it; for a
 *     visit warning: {@code null})
 * @param role for a notification, the role of the ladder step ({@code community-head}); else empty
 * @param recipients for a notification, the parties the role resolved to; for a visit warning,
 *     the visitor; else empty
 * @param visit for a visit warning, the warning; else {@code null}
 */
public record OfficeEvent(
        Kind kind,
        MatterId matter,
        long version,
        Transition transition,
        String role,
        List<String> recipients,
        VisitWarning visit) {

    /**
     * Checks the parts and copies the list.
     *
     * @throws NullPointerException if a transition or notification lacks its matter or transition,
     *     or a visit warning its warning
     */
    public OfficeEvent {
        requireNonNull(kind, "kind");
        if (kind == Kind.VISIT_WARNING) {
            requireNonNull(visit, "visit");
        } else {
            requireNonNull(matter, "matter");
            requireNonNull(transition, "transition");
        }
        role = role == null ? "" : role;
        recipients = List.copyOf(recipients);
    }

    /** The event of a committed transition. */
    public static OfficeEvent of(Transition t) {
        return new OfficeEvent(Kind.TRANSITION, t.matter(), t.version(), t, "", List.of(), null);
    }

    /** A notification of {@code recipients} for the system entry {@code t}. */
    public static OfficeEvent notification(Transition t, String role, List<String> recipients) {
        return new OfficeEvent(Kind.NOTIFICATION, t.matter(), t.version(), t, role, recipients, null);
    }

    /** The event of a visit warning, to its visitor (role {@code visitor}). */
    public static OfficeEvent visitWarning(VisitWarning w) {
        return new OfficeEvent(
                Kind.VISIT_WARNING,
                w.matter(),
                0,
                null,
                "visitor",
                w.visitor().isEmpty() ? List.of() : List.of(w.visitor()),
                w);
    }

    /** The key events are delivered in order under: the matter, or for a warning without one its key. */
    Object orderKey() {
        return matter != null ? matter : visit.key();
    }

    /** What an event is. */
    public enum Kind {
        /** A transition was committed. */
        TRANSITION,
        /** A ladder step notifies people (WeChat, SMS: the host delivers). */
        NOTIFICATION,
        /** A visit or return visit was not done in time ({@link #visit()}). */
        VISIT_WARNING
    }
}
