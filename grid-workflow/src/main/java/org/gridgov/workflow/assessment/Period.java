package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridgov.core.InvalidInputException;

/**
 * The days an assessment covers, {@code from} to {@code to} inclusive, in a zone (the calendar's):
 * an instant is in the period when its date in that zone is. Immutable.
 *
 * @param from the first day
 * @param to the last day
 * @param zone the zone the days are read in
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if {@code to} is before {@code from}
     */
    public Period {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(zone, "zone");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends on or after its first day " + from, to);
        }
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the instant lies in the period; {@code false} for {@code null}. */
    public boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    /** Whether the day lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
