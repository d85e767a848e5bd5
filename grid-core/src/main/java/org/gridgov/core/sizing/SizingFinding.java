package org.gridgov.core.sizing;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.gridgov.core.Finding;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaKind;

/**
 * A grid whose measure lies outside its band.
 *
 * @param grid the grid
 * @param kind urban or rural, which chose the band
 * @param measure what was measured
 * @param band the band it should be in
 * @param value what it is
 */
public record SizingFinding(AreaCode grid, AreaKind kind, Measure measure, SizingBand band, long value)
        implements Finding {
    public SizingFinding {
        requireNonNull(grid, "grid");
        requireNonNull(kind, "kind");
        requireNonNull(measure, "measure");
        requireNonNull(band, "band");
    }

    @Override
    public String rule() {
        return "sizing." + measure.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String subject() {
        return grid.toString();
    }

    @Override
    public String message() {
        String side = value > band.max() ? "above" : "below";
        return "grid " + grid + " has " + value + " " + measure.name().toLowerCase(Locale.ROOT) + ", " + side + " the "
                + kind.name().toLowerCase(Locale.ROOT) + " band " + band;
    }
}
