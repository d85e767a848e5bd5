package org.gridgov.workflow.separation;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gridgov.core.internal.Sorted;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;

/**
 * Which duties stay separate: by default the person who resolved a matter (the actor of its latest
 * {@link Action#RESOLVE}) may not {@link Action#VERIFY} it; the policy relaxes this for the
 * categories it names (a small matter where the same grid worker may check his own work). Immutable
 * and thread-safe.
 *
 * @param relaxedFor the category codes where the resolver may verify
 */
public record DutySeparation(Set<String> relaxedFor) {
    private static final DutySeparation STRICT = new DutySeparation(Set.of());

    /** Copies the set. */
    public DutySeparation {
        relaxedFor = Sorted.set(requireNonNull(relaxedFor, "relaxedFor"));
    }

    /** The default: the resolver never verifies. */
    public static DutySeparation strict() {
        return STRICT;
    }

    /** The default relaxed for these categories. */
    public static DutySeparation relaxedFor(Collection<String> categories) {
        return new DutySeparation(Sorted.set(categories));
    }

    /**
     * Reads a separation policy file ({@code grid-separation/1}, {@link SeparationFile}) strictly:
     * unknown properties, duplicate keys and broken rules are refused naming the file and the JSON path.
     *
     * @throws org.gridgov.core.json.JsonInputException {@code FILE: $.path: rule (value)} for a broken rule
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static DutySeparation read(java.nio.file.Path file) {
        requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return org.gridgov.core.json.GridJson.read(bytes, file.getFileName().toString(), SeparationFile.class)
                .separation();
    }

    /**
     * Checks that {@code actor} may take {@code action} on the matter whose history this is.
     *
     * @throws SeparationOfDutiesException if the actor resolved the matter and would now verify it
     *     in a category the policy does not relax
     */
    public void check(MatterHistory history, Action action, String actor) {
        requireNonNull(history, "history");
        requireNonNull(action, "action");
        requireNonNull(actor, "actor");
        if (action != Action.VERIFY || relaxedFor.contains(history.category().code())) {
            return;
        }
        List<Transition> ts = history.transitions();
        for (int i = ts.size() - 1; i >= 0; i--) {
            if (ts.get(i).action() == Action.RESOLVE) {
                if (ts.get(i).actor().equals(actor)) {
                    throw new SeparationOfDutiesException(
                            history.matterId(), action, history.category().code());
                }
                return;
            }
        }
    }
}
