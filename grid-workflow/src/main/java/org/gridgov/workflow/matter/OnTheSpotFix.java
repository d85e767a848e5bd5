package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;

/**
 * A small matter a grid worker found and fixed on the spot (即知即改, seed 000), with the references of
 * the evidence (photos, attachments) that show it fixed. Counted as found-and-fixed: {@link
 * #of(MatterHistory)} finds it in a history. The evidence references are stored ids, not content;
 * each is non-blank without whitespace. Immutable.
 *
 * @param matter the matter
 * @param worker who found and fixed it
 * @param at when it was recorded
 * @param evidence the evidence references, at least one
 */
public record OnTheSpotFix(MatterId matter, String worker, Instant at, List<String> evidence) {
    private static final String PREFIX = "即知即改 evidence: ";

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming {@code evidence} if there is none or a reference is blank
     *     or holds whitespace
     */
    public OnTheSpotFix {
        requireNonNull(matter, "matter");
        requireNonNull(worker, "worker");
        requireNonNull(at, "at");
        evidence = checked(evidence);
    }

    /** The checked evidence references. */
    public static List<String> checked(List<String> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            throw new InvalidInputException("evidence", "an on-the-spot fix carries its evidence", "none");
        }
        for (int i = 0; i < evidence.size(); i++) {
            String e = evidence.get(i);
            if (e == null || e.isBlank() || !e.equals(e.replaceAll("\\s", ""))) {
                throw new InvalidInputException(
                        "evidence[" + i + "]",
                        "a reference is not blank and holds no whitespace",
                        "length " + (e == null ? 0 : e.length()));
            }
        }
        return List.copyOf(evidence);
    }

    /** The transition that records it: reported to closed, the evidence in the reason. */
    public Transition transition(long version) {
        return new Transition(
                matter,
                version,
                Action.FIX_ON_THE_SPOT,
                State.REPORTED,
                State.CLOSED,
                worker,
                at,
                PREFIX + String.join(" ", evidence),
                null,
                null);
    }

    /** The on-the-spot fix a history records, if it was one. */
    public static Optional<OnTheSpotFix> of(MatterHistory history) {
        return history.transitions().stream()
                .filter(t -> t.action() == Action.FIX_ON_THE_SPOT && t.reason().startsWith(PREFIX))
                .findFirst()
                .map(t -> new OnTheSpotFix(
                        t.matter(),
                        t.actor(),
                        t.at(),
                        Arrays.asList(t.reason().substring(PREFIX.length()).split(" "))));
    }
}
