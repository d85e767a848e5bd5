package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A visit done: who visited whom, when (from the injected clock), the outcome and, optionally,
 * where (a location, sensitive). {@link #toString()} masks the location. Immutable.
 *
 * @param visitor who visited
 * @param subject the subject's reference
 * @param at when
 * @param outcome what came of it
 * @param location where, or {@code null}
 */
public record VisitRecord(String visitor, String subject, Instant at, Outcome outcome, String location) {

    /** What came of a visit. */
    public enum Outcome {
        /** Met the subject. */
        MET,
        /** Nobody there; does not count as done. */
        NOT_MET,
        /** Met, and a matter was reported from it. */
        MATTER_REPORTED
    }

    /** Checks the parts. */
    public VisitRecord {
        requireNonNull(visitor, "visitor");
        requireNonNull(subject, "subject");
        requireNonNull(at, "at");
        requireNonNull(outcome, "outcome");
    }

    /** A visit recorded now, by {@code clock}. */
    public static VisitRecord now(Clock clock, String visitor, String subject, Outcome outcome, String location) {
        return new VisitRecord(visitor, subject, clock.instant(), outcome, location);
    }

    /** Whether it counts as done: the subject was met. */
    public boolean done() {
        return outcome != Outcome.NOT_MET;
    }

    /** The location, if recorded. */
    public Optional<String> locationIfAny() {
        return Optional.ofNullable(location);
    }

    /** Visitor, subject, time and outcome; the location is masked. */
    @Override
    public String toString() {
        return "VisitRecord[" + visitor + " -> " + subject + " at " + at + ": " + outcome
                + (location == null ? "" : ", location ***") + "]";
    }
}
