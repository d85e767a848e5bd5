package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A suggested repair of one finding: the area {@code keeper} takes the finding's ground
 * and, for an overlap or a part outside the parent, {@code loser} gives it up.
 *
 * @param finding the finding repaired
 * @param keeper the id that takes the ground (a gap's neighbour with the longest shared
 *     border; an overlap's side with the longest border on it); empty when the ground is
 *     simply cut away (a part outside the parent)
 * @param loser the id that gives the ground up; empty for a gap
 * @param borderM the length in metres of the border the keeper shares with the ground
 *
 * <p>Immutable, thread-safe.
 */
public record Repair(CoverageFinding finding, Optional<String> keeper, Optional<String> loser, double borderM) {

    public Repair {
        requireNonNull(finding, "finding");
        requireNonNull(keeper, "keeper");
        requireNonNull(loser, "loser");
    }
}
