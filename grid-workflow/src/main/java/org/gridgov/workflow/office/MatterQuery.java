package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;

/**
 * Which open matters to list: all, or those in an area (its code is a prefix of theirs), in a
 * state, or with a clock due before an instant. A durable store answers it from indexes on area,
 * state and due instant. Immutable; start from {@link #open()}.
 *
 * @param area the area, or {@code null} for every area
 * @param state the state, or {@code null} for every open state
 * @param dueBefore only matters with an open clock due before this instant, or {@code null}
 */
public record MatterQuery(AreaCode area, State state, Instant dueBefore) {

    /** Every open matter. */
    public static MatterQuery open() {
        return new MatterQuery(null, null, null);
    }

    /** This query restricted to an area and the areas below it. */
    public MatterQuery in(AreaCode value) {
        return new MatterQuery(requireNonNull(value, "area"), state, dueBefore);
    }

    /** This query restricted to one state. */
    public MatterQuery inState(State value) {
        return new MatterQuery(area, requireNonNull(value, "state"), dueBefore);
    }

    /** This query restricted to matters with a clock due before {@code instant}. */
    public MatterQuery dueBefore(Instant instant) {
        return new MatterQuery(area, state, requireNonNull(instant, "instant"));
    }

    /** Whether an open matter with this earliest due instant matches. */
    public boolean matches(Matter m, Optional<Instant> due) {
        return m.state().isOpen()
                && (area == null || area.contains(m.area()))
                && (state == null || m.state() == state)
                && (dueBefore == null || due.filter(d -> d.isBefore(dueBefore)).isPresent());
    }
}
