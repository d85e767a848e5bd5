package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.sla.Timer;

/**
 * One change to one matter, committed by an {@link OfficeStore} atomically (one SQL transaction in
 * a durable store) or not at all: the matter after, the version it must still be at, the
 * transitions appended to its history (a command's, and the system entries of SLA steps that fell
 * due), its pending timers, its clock problem, its earliest due instant and the outbox events.
 *
 * <p>{@code timers}, {@code problem} and {@code due} replace what the store held for the matter
 * (a timer absent from the list is removed; a durable store deletes and inserts the matter's
 * rows). {@code expectedVersion} 0 creates the matter: the first appended transition is its
 * report. A change with no transitions only updates timers, problem and due (a calendar or policy
 * recomputation). Immutable.
 *
 * @param after the matter after the change
 * @param expectedVersion the version the stored matter must be at, 0 for a new matter
 * @param appended the transitions appended, in version order
 * @param timers the matter's pending timers after the change (one per clock at most)
 * @param problem the matter's clock problem after the change, or {@code null}
 * @param due the earliest due instant of the matter's open clocks, or {@code null}
 * @param outbox the events to deliver, in order
 */
public record MatterChange(
        Matter after,
        long expectedVersion,
        List<Transition> appended,
        List<Timer> timers,
        ClockProblem problem,
        Instant due,
        List<OfficeEvent> outbox) {

    /**
     * Checks that the parts fit.
     *
     * @throws InvalidInputException if the appended versions do not run from {@code expectedVersion
     *     + 1} to the matter's version, or a part names another matter
     */
    public MatterChange {
        requireNonNull(after, "after");
        appended = List.copyOf(appended);
        timers = List.copyOf(timers);
        outbox = List.copyOf(outbox);
        if (after.version() != expectedVersion + appended.size()) {
            throw new InvalidInputException(
                    "appended",
                    "the matter's version is the expected version plus the transitions appended",
                    after.version());
        }
        for (int i = 0; i < appended.size(); i++) {
            Transition t = appended.get(i);
            if (!t.matter().equals(after.id()) || t.version() != expectedVersion + 1 + i) {
                throw new InvalidInputException(
                        "appended[" + i + "].version", "versions follow the expected version", t.version());
            }
        }
        for (int i = 0; i < timers.size(); i++) {
            Timer t = timers.get(i);
            if (!t.matter().equals(after.id())) {
                throw new InvalidInputException("timers", "a change's timers are its matter's", t.matter());
            }
        }
    }

    /**
     * Checks that a batch changes each matter at most once.
     *
     * @throws InvalidInputException naming {@code changes[i]} if its matter came earlier in the batch
     */
    public static void requireDistinct(List<MatterChange> changes) {
        Set<MatterId> seen = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!seen.add(changes.get(i).after().id())) {
                throw new InvalidInputException(
                        "changes[" + i + "]",
                        "a batch changes each matter once",
                        changes.get(i).after().id());
            }
        }
    }

    /** Whether this change creates the matter. */
    public boolean creates() {
        return expectedVersion == 0;
    }

    /** The clock problem, if any. */
    public Optional<ClockProblem> problemIfAny() {
        return Optional.ofNullable(problem);
    }

    /**
     * The SLA step keys this change fires ({@code METRIC/CYCLE/STEP_ID}): a durable store keeps them
     * under a unique constraint per matter, a second guard against firing twice.
     */
    public List<String> firedKeys() {
        return appended.stream()
                .map(Transition::step)
                .filter(s -> s != null)
                .map(SystemStep::key)
                .toList();
    }
}
