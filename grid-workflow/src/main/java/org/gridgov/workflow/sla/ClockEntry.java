package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One line of a clock's timeline: a start, pause, resume, stop or reset driven by the matter's
 * transitions, a recomputation (calendar, policy or routing change; {@code previousDue} keeps the
 * old due instant), or a warning, breach or ladder step that fired (at its scheduled instant).
 * Immutable.
 *
 * @param at when
 * @param kind what happened
 * @param cycle the cycle number, from 1
 * @param due the due instant after the entry, or {@code null} when not known (a pause, or a
 *     recomputation while paused: the due instant follows from the resume)
 * @param previousDue for a recomputation, the due instant before it; otherwise {@code null}
 * @param detail the action, light, step or cause, for people
 */
public record ClockEntry(Instant at, Kind kind, int cycle, Instant due, Instant previousDue, String detail) {

    /** Checks the required parts. */
    public ClockEntry {
        requireNonNull(at, "at");
        requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** What a timeline entry records. */
    public enum Kind {
        /** A cycle started. */
        START,
        /** The clock paused. */
        PAUSE,
        /** The clock resumed. */
        RESUME,
        /** The cycle stopped. */
        STOP,
        /** The due instant was recomputed. */
        RECOMPUTE,
        /** A warning light went on. */
        WARNING,
        /** The deadline passed with the clock open. */
        BREACH,
        /** A ladder step fell due. */
        LADDER
    }

    /** One line: time, kind, cycle, due (and old due), detail. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder()
                .append(at)
                .append(' ')
                .append(kind)
                .append(" cycle ")
                .append(cycle);
        if (!detail.isEmpty()) {
            s.append(' ').append(detail);
        }
        if (previousDue != null) {
            s.append(" due ").append(previousDue).append(" -> ").append(due);
        } else if (due != null) {
            s.append(" due ").append(due);
        }
        return s.toString();
    }
}
