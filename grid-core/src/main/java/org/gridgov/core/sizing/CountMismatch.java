package org.gridgov.core.sizing;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.gridgov.core.Finding;
import org.gridgov.core.area.AreaCode;

/**
 * A grid whose places count a figure further from the declared one than the tolerance allows:
 * rule {@code sizing.counted-households} or {@code sizing.counted-population}, the field
 * ({@code households} or {@code population} of the grid) and both values.
 *
 * @param grid the grid
 * @param measure the figure compared
 * @param declared what the grid declares
 * @param counted what its places count
 * @param tolerance the tolerance it exceeds
 */
public record CountMismatch(AreaCode grid, Measure measure, long declared, long counted, CountTolerance tolerance)
        implements Finding {
    public CountMismatch {
        requireNonNull(grid, "grid");
        requireNonNull(measure, "measure");
        requireNonNull(tolerance, "tolerance");
    }

    /** The grid's field that disagrees with its places: {@code households} or {@code population}. */
    public String field() {
        return measure.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String rule() {
        return "sizing.counted-" + field();
    }

    @Override
    public String subject() {
        return grid.toString();
    }

    @Override
    public String message() {
        return "grid " + grid + " declares " + declared + " " + field() + ", its places count " + counted
                + " (difference " + Math.abs(declared - counted) + ", more than the " + tolerance.allowed(declared)
                + " allowed)";
    }
}
