package org.gridgov.workflow.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;

/**
 * One line of the funding ledger: what one push owes one grid (and so its community). Immutable.
 *
 * @param push the push's id (the matter id or the department's order number)
 * @param item the admitted item's code
 * @param community the community (社区/村) the grid belongs to
 * @param grid the grid owed
 * @param fen the amount owed, in fen, not negative
 * @param on the day the push was admitted
 */
public record LedgerEntry(String push, String item, AreaCode community, AreaCode grid, long fen, LocalDate on) {

    /** Checks the parts. */
    public LedgerEntry {
        requireNonNull(push, "push");
        requireNonNull(item, "item");
        requireNonNull(community, "community");
        requireNonNull(grid, "grid");
        requireNonNull(on, "on");
        if (fen < 0) {
            throw new InvalidInputException("fen", "an amount owed is zero or more fen", fen);
        }
    }
}
