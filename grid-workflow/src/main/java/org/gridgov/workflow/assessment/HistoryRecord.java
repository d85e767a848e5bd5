package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;

/**
 * One matter's history as a line of a {@code --histories} file: {@code id}, {@code grid} (its grid
 * now), {@code category} and the entries. {@link #from(MatterHistory)} makes one from an office's
 * history; {@link HistoryFile} reads a file of them strictly. Immutable.
 *
 * @param id the matter's id
 * @param grid the matter's grid now (after any re-homing)
 * @param category the category code
 * @param history the entries, oldest first; the first is the report
 */
public record HistoryRecord(String id, AreaCode grid, String category, List<HistoryEntry> history) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the history is empty, does not start with a report or its
     *     versions do not count up from 1
     */
    public HistoryRecord {
        requireNonNull(id, "id");
        requireNonNull(grid, "grid");
        requireNonNull(category, "category");
        requireNonNull(history, "history");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).action() != org.gridgov.workflow.matter.Action.REPORT) {
            throw new InvalidInputException(
                    "history[0].action",
                    "a history starts with REPORT",
                    history.isEmpty() ? "empty" : history.get(0).action());
        }
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).version() != i + 1) {
                throw new InvalidInputException(
                        "history[" + i + "].version",
                        "versions count up from 1",
                        history.get(i).version());
            }
        }
    }

    /** The record of an office's history, as {@code grid simulate} writes it. */
    public static HistoryRecord from(MatterHistory history) {
        AreaCode grid = history.area();
        List<HistoryEntry> entries = new java.util.ArrayList<>();
        for (Transition t : history.transitions()) {
            if (t.area() != null) {
                grid = t.area();
            }
            entries.add(new HistoryEntry(
                    t.version(),
                    t.action(),
                    t.actor(),
                    t.at(),
                    t.from(),
                    t.to(),
                    t.routing() == null ? null : t.routing().level(),
                    t.routing() == null ? null : t.routing().whistle().name(),
                    t.assignment() == null ? null : t.assignment().lead(),
                    t.step() == null ? null : t.step().key(),
                    t.area() == null ? null : t.area().toString()));
        }
        return new HistoryRecord(
                history.matterId().toString(), grid, history.category().code(), entries);
    }
}
